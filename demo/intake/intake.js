// A reference intake server for <mq-quote-form>: small enough to read, complete enough to copy.
// Node's own http, the package's own schema, SQLite through better-sqlite3.
//
//   POST /api/quotes          JSON, or multipart/form-data (part "request" + parts "photos")
//                             Idempotency-Key header required; 201 { reference }, the same
//                             reference (200) for a repeated key, 422 { errors: [{ path, message }] }
//   OPTIONS /api/quotes       CORS preflight, for the configured origins only
//   GET /api/quotes           the stored requests, for the demo page      } both need
//   GET /api/quotes/:ref/photos/:n   a stored photo                        } Authorization: Bearer <readToken>
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { quoteRequest, validate } from 'medquote/schema';

const PHOTO_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'image/heif']);
const MAX_PHOTO_BYTES = 10 * 1024 * 1024;

/** A reference a patient can read out on the phone: MQ- and eight unambiguous characters. */
function newReference() {
  const alphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
  return `MQ-${Array.from(randomBytes(8), (byte) => alphabet[byte % alphabet.length]).join('')}`;
}

class HttpError extends Error {
  constructor(status, errors, headers = {}) {
    super(errors[0]?.message ?? String(status));
    this.status = status;
    this.errors = errors;
    this.headers = headers;
  }
}

/** Reads the body, refusing more than `limit` bytes as soon as it is exceeded. */
async function readBody(request, limit) {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limit) throw new HttpError(413, [{ path: '', message: `the body is over ${limit} bytes` }]);
  const chunks = [];
  let size = 0;
  for await (const chunk of request) {
    size += chunk.length;
    if (size > limit) throw new HttpError(413, [{ path: '', message: `the body is over ${limit} bytes` }]);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** The request JSON and its photos, from a JSON or a multipart body. */
async function parseBody(contentType, body) {
  if (contentType.startsWith('application/json')) return { json: JSON.parse(body.toString('utf8')), photos: [] };
  if (contentType.startsWith('multipart/form-data')) {
    // The fetch API built into Node parses multipart bodies; no extra dependency needed.
    const form = await new Request('http://intake.local/', { method: 'POST', headers: { 'content-type': contentType }, body }).formData();
    const part = form.get('request');
    const json = JSON.parse(typeof part === 'string' ? part : await part.text());
    return { json, photos: form.getAll('photos').filter((photo) => typeof photo !== 'string') };
  }
  throw new HttpError(415, [{ path: '', message: 'send application/json or multipart/form-data' }]);
}

function checkPhotos(request, photos) {
  const described = request.photos ?? [];
  if (photos.length !== described.length) {
    return [{ path: 'photos', message: `${described.length} photos described, ${photos.length} attached` }];
  }
  return photos.flatMap((photo, index) => {
    const type = photo.type || (/\.(heic|heif)$/i.test(photo.name) ? 'image/heic' : '');
    if (!PHOTO_TYPES.has(type)) return [{ path: `photos[${index}]`, message: 'must be a JPEG, PNG, WebP or HEIC image' }];
    if (photo.size > MAX_PHOTO_BYTES) return [{ path: `photos[${index}]`, message: 'must be at most 10 MB' }];
    return [];
  });
}

/**
 * @param {{ dataDir: string, readToken?: string, allowedOrigins?: string[], maxBodyBytes?: number, requestsPerMinute?: number, minFillMs?: number }} options
 *   readToken: the secret that reading stored requests and photos needs (as a Bearer token);
 *   without one, nothing stored can be read back over HTTP. Patients' health data: a real
 *   server puts the staff's own login here.
 *   minFillMs: requests filled in faster than this are taken for bots.
 */
export function createIntake({ dataDir, readToken, allowedOrigins = [], maxBodyBytes = 55 * 1024 * 1024, requestsPerMinute = 30, minFillMs = 1500 }) {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, 'quotes.sqlite'));
  db.pragma('journal_mode = WAL');
  db.exec(`
    CREATE TABLE IF NOT EXISTS quotes (
      reference TEXT PRIMARY KEY,
      idempotency_key TEXT NOT NULL UNIQUE,
      received_at TEXT NOT NULL,
      origin TEXT,
      request TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS photos (
      reference TEXT NOT NULL REFERENCES quotes (reference),
      position INTEGER NOT NULL,
      name TEXT NOT NULL,
      type TEXT NOT NULL,
      size INTEGER NOT NULL,
      data BLOB NOT NULL,
      PRIMARY KEY (reference, position)
    );
  `);
  const findByKey = db.prepare('SELECT reference FROM quotes WHERE idempotency_key = ?');
  const insertQuote = db.prepare('INSERT INTO quotes (reference, idempotency_key, received_at, origin, request) VALUES (?, ?, ?, ?, ?)');
  const insertPhoto = db.prepare('INSERT INTO photos (reference, position, name, type, size, data) VALUES (?, ?, ?, ?, ?, ?)');
  const listQuotes = db.prepare(
    'SELECT q.reference, q.received_at, q.request, (SELECT count(*) FROM photos p WHERE p.reference = q.reference) AS photos FROM quotes q ORDER BY q.received_at DESC LIMIT 200',
  );
  const findPhoto = db.prepare('SELECT type, data FROM photos WHERE reference = ? AND position = ?');

  // One transaction: a request and its photos are stored together or not at all.
  const store = db.transaction((key, origin, request, photos) => {
    const existing = findByKey.get(key);
    if (existing) return { reference: existing.reference, replayed: true };
    const reference = newReference();
    insertQuote.run(reference, key, new Date().toISOString(), origin ?? null, JSON.stringify(request));
    photos.forEach((photo, position) => insertPhoto.run(reference, position, photo.name, photo.type, photo.data.length, photo.data));
    return { reference, replayed: false };
  });

  const hits = new Map(); // client address → request times in the last minute
  function rateLimited(address) {
    const now = Date.now();
    const recent = (hits.get(address) ?? []).filter((time) => now - time < 60_000);
    recent.push(now);
    hits.set(address, recent);
    return recent.length > requestsPerMinute ? Math.ceil((60_000 - (now - recent[0])) / 1000) : 0;
  }

  function corsHeaders(request) {
    const origin = request.headers.origin;
    const sameOrigin = origin && origin === `http://${request.headers.host}`;
    if (!origin || sameOrigin) return { allowed: true, headers: {} };
    if (!allowedOrigins.includes(origin)) return { allowed: false, headers: {} };
    return {
      allowed: true,
      headers: { 'access-control-allow-origin': origin, vary: 'Origin', 'access-control-expose-headers': 'Retry-After' },
    };
  }

  function send(response, status, body, headers = {}) {
    const text = JSON.stringify(body);
    response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers });
    response.end(text);
  }

  async function receive(request) {
    const key = request.headers['idempotency-key'];
    if (typeof key !== 'string' || !/^[A-Za-z0-9_-]{8,200}$/.test(key)) {
      throw new HttpError(400, [{ path: '', message: 'an Idempotency-Key header (8–200 letters, digits, - or _) is required' }]);
    }
    const body = await readBody(request, maxBodyBytes);
    // A retry of a request already stored: answer as the first time, store nothing.
    const existing = findByKey.get(key);
    if (existing) return { status: 200, reference: existing.reference };
    let parsed;
    try {
      parsed = await parseBody(request.headers['content-type'] ?? '', body);
    } catch (error) {
      if (error instanceof HttpError) throw error;
      throw new HttpError(400, [{ path: '', message: 'the body could not be read' }]);
    }
    const result = validate(quoteRequest, parsed.json);
    if (!result.ok) throw new HttpError(422, result.issues);
    if (result.value.fillMs < minFillMs) throw new HttpError(400, [{ path: '', message: 'rejected as automated' }]);
    const photoErrors = checkPhotos(result.value, parsed.photos);
    if (photoErrors.length) throw new HttpError(422, photoErrors);
    const photos = await Promise.all(
      parsed.photos.map(async (photo, index) => ({
        name: result.value.photos[index].name,
        type: result.value.photos[index].type,
        data: Buffer.from(await photo.arrayBuffer()),
      })),
    );
    const stored = store(key, request.headers.origin, result.value, photos);
    return { status: stored.replayed ? 200 : 201, reference: stored.reference };
  }

  /** True when the request carries the read token (compared in constant time). */
  function mayRead(request) {
    const given = Buffer.from(/^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '');
    const expected = Buffer.from(readToken ?? '');
    return expected.length > 0 && given.length === expected.length && timingSafeEqual(given, expected);
  }

  /** Handles /api/quotes…; returns false for any other path so the caller can serve it. */
  async function handle(request, response) {
    const url = new URL(request.url ?? '/', 'http://intake.local');
    if (!url.pathname.startsWith('/api/quotes')) return false;
    const cors = corsHeaders(request);
    try {
      if (!cors.allowed) throw new HttpError(403, [{ path: '', message: 'this origin may not send requests here' }]);
      if (request.method === 'OPTIONS') {
        response.writeHead(204, {
          ...cors.headers,
          'access-control-allow-methods': 'POST',
          'access-control-allow-headers': 'content-type, idempotency-key',
          'access-control-max-age': '600',
        });
        response.end();
      } else if (request.method === 'POST' && url.pathname === '/api/quotes') {
        const wait = rateLimited(request.socket.remoteAddress ?? '');
        if (wait) throw new HttpError(429, [{ path: '', message: 'too many requests' }], { 'retry-after': String(wait) });
        const { status, reference } = await receive(request);
        send(response, status, { reference }, cors.headers);
      } else if (request.method === 'GET' && !mayRead(request)) {
        throw new HttpError(401, [{ path: '', message: 'reading stored requests needs the read token' }], { 'www-authenticate': 'Bearer' });
      } else if (request.method === 'GET' && url.pathname === '/api/quotes') {
        const quotes = listQuotes.all().map((row) => ({ ...row, request: JSON.parse(row.request) }));
        send(response, 200, { quotes }, cors.headers);
      } else {
        const photo = /^\/api\/quotes\/(MQ-[A-Z0-9]+)\/photos\/(\d)$/.exec(url.pathname);
        const found = request.method === 'GET' && photo && findPhoto.get(photo[1], Number(photo[2]));
        if (!found) throw new HttpError(404, [{ path: '', message: 'not found' }]);
        response.writeHead(200, { 'content-type': found.type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
        response.end(found.data);
      }
    } catch (caught) {
      if (!(caught instanceof HttpError)) console.error('intake:', caught);
      const error = caught instanceof HttpError ? caught : new HttpError(500, [{ path: '', message: 'the request could not be stored; try again' }]);
      // Stop reading an over-large body, but let the answer reach the client first.
      if (error.status === 413) response.once('finish', () => request.destroy());
      send(response, error.status, { errors: error.errors }, { ...cors.headers, ...error.headers });
    }
    return true;
  }

  return { handle, db, close: () => db.close() };
}
