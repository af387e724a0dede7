// A reference intake server for <mq-quote-form>: small enough to read, complete enough to copy.
// Node's own http, the package's own schema, SQLite through better-sqlite3. The rules live in
// small modules beside this one (body, photos, rate-limit, idempotency, ticket, origins,
// security-headers, store); this file only connects them to Node's requests and responses.
//
//   POST /api/quotes          JSON (≤ 64 KiB), or multipart/form-data (part "request" + up to five
//                             parts "photos"). Idempotency-Key header required. 201 { reference };
//                             200 { reference } for a retry; 422 { errors: [{ path, message }] };
//                             409 / 422 with a `code` for a key in progress / reused (see idempotency.js)
//   GET /api/quotes/ticket    200 { ticket }: a fill-time ticket (see ticket.js)
//   OPTIONS /api/quotes[/ticket]  CORS preflight, for the configured origins only
//   GET /api/quotes?limit=&before=    a page of stored requests, newest first   } both need
//   GET /api/quotes/:ref/photos/:n    a stored photo, as a download           } Authorization: Bearer <readToken>
import { timingSafeEqual } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { quoteRequest, validate } from 'medquote/schema';
import { bodyKind, parseJson, parseMultipart, readBody } from './body.js';
import { HttpError } from './errors.js';
import { requestPath, sendError, sendJson } from './http.js';
import { createInFlight, requestHash } from './idempotency.js';
import { EXTENSIONS } from './magic-bytes.js';
import { createOriginPolicy } from './origins.js';
import { checkPhotos } from './photos.js';
import { clientAddress, clientKey, createWindowCounter, trustedProxies as trustList } from './rate-limit.js';
import { securityHeaders } from './security-headers.js';
import { loadOrCreateSecret } from './secrets.js';
import { openStore } from './store.js';
import { createTickets } from './ticket.js';

const DAY = 24 * 60 * 60 * 1000;

/**
 * @param {object} options
 * @param {string} options.dataDir where the database and the ticket secret are kept: never a served folder
 * @param {string} [options.readToken] the secret that reading stored requests and photos needs (as a
 *   Bearer token); without one, nothing stored can be read back. A real server puts its staff's login here.
 * @param {string[]} [options.publicOrigins] where this server is reached (http or https); only their hosts
 *   are answered, and pages from them are same-origin. Without any, every Host is answered (tests only).
 * @param {string[]} [options.allowedOrigins] other sites whose pages may send requests (CORS)
 * @param {string[]} [options.trustedProxies] addresses or ranges of reverse proxies whose X-Forwarded-For is believed
 * @param {number} [options.requestsPerMinute] per client (an IPv4 address or an IPv6 /64)
 * @param {number} [options.minFillMs] requests filled in faster than this are taken for bots
 * @param {(token: string | undefined, context: { client: string }) => boolean | Promise<boolean>} [options.verifyCaptcha]
 *   asks the CAPTCHA provider whether the request's `captchaToken` is good; without it, none is checked
 * @param {number} [options.uploadBytesPerDay] photo bytes one client may send per day
 * @param {number} [options.maxConcurrentUploads] uploads received at once, all clients together (two per client)
 * @param {number} [options.retentionDays] requests and photos older than this are deleted (hourly and at start)
 * @param {number} [options.pageSize] requests per page of the staff list (at most 100 unless set higher)
 * @param {{ stallMs?: number, stallBytes?: number }} [options.stall] a body sending less than this is cut off with 408
 * @param {() => number} [options.now] the clock, for tests
 */
export function createIntake({
  dataDir,
  readToken,
  publicOrigins = [],
  allowedOrigins = [],
  trustedProxies = [],
  requestsPerMinute = 30,
  minFillMs = 1500,
  verifyCaptcha,
  uploadBytesPerDay = 100 * 1024 * 1024,
  maxConcurrentUploads = 8,
  retentionDays = 90,
  pageSize = 50,
  stall = {},
  now = Date.now,
}) {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const store = openStore(dataDir);
  const tickets = createTickets(loadOrCreateSecret(join(dataDir, 'ticket-secret')));
  const origins = createOriginPolicy({ publicOrigins, allowedOrigins });
  const isTrustedProxy = trustList(trustedProxies);
  const rate = createWindowCounter({ limit: requestsPerMinute, windowMs: 60_000 });
  const uploadQuota = createWindowCounter({ limit: uploadBytesPerDay, windowMs: DAY });
  const uploading = new Map(); // client → uploads being received
  let uploadsTotal = 0;
  const inFlight = createInFlight();

  function sweep() {
    return store.deleteOlderThan(now() - retentionDays * DAY);
  }
  sweep();
  const sweeper = setInterval(sweep, 60 * 60 * 1000).unref();

  /** Holds an upload slot while `work` runs: two per client, `maxConcurrentUploads` in all. */
  async function withUploadSlot(client, work) {
    const mine = uploading.get(client) ?? 0;
    // Answered before the body is read: `connection: close` spares receiving what will not be used.
    const retry = { 'retry-after': '5', connection: 'close' };
    if (mine >= 2) throw new HttpError(429, 'two uploads from you are already on their way; try again when they are done', { headers: retry });
    if (uploadsTotal >= maxConcurrentUploads) throw new HttpError(503, 'too many uploads at once; try again shortly', { headers: retry });
    uploading.set(client, mine + 1);
    uploadsTotal++;
    try {
      return await work();
    } finally {
      uploadsTotal--;
      if (uploading.get(client) === 1) uploading.delete(client);
      else uploading.set(client, uploading.get(client) - 1);
    }
  }

  /** Refuses requests sent too soon after the patient started: by the ticket when there is one, else by fillMs. */
  function checkFillTime(request) {
    const verdict = request.ticket ? tickets.check(request.ticket, { minFillMs, now: now() }) : request.fillMs < minFillMs ? 'too-fast' : 'ok';
    if (verdict !== 'ok') throw new HttpError(400, 'rejected as automated', { code: 'too-fast' });
  }

  async function checkCaptcha(token, client) {
    if (!verifyCaptcha) return;
    let passed;
    let timer;
    try {
      // A provider that does not answer within 10 s counts as unavailable, so the key is released.
      const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('no answer within 10 s')), 10_000)));
      passed = await Promise.race([verifyCaptcha(token, { client }), timeout]);
    } catch (error) {
      console.error('medquote intake: verifyCaptcha failed:', error?.message ?? error);
      throw new HttpError(503, 'the bot check is unavailable; try again shortly', { code: 'captcha-unavailable', headers: { 'retry-after': '5' } });
    } finally {
      clearTimeout(timer);
    }
    if (!passed) throw new HttpError(400, 'the bot check failed', { code: 'captcha-failed', path: 'captchaToken' });
  }

  async function receive(request, client) {
    const key = request.headers['idempotency-key'];
    if (typeof key !== 'string' || !/^[A-Za-z0-9_-]{8,200}$/.test(key)) {
      throw new HttpError(400, 'an Idempotency-Key header (8–200 letters, digits, - or _) is required');
    }
    const contentType = request.headers['content-type'] ?? '';
    const { kind, limit } = bodyKind(contentType);
    const read = () => readBody(request, { limit, declaredLength: Number(request.headers['content-length'] ?? 0), ...stall });
    let parsed;
    if (kind === 'json') parsed = { json: parseJson((await read()).toString('utf8')), photos: [] };
    else {
      if (uploadQuota.used(client, now()) >= uploadBytesPerDay) throw uploadQuotaError(client);
      parsed = await withUploadSlot(client, async () => parseMultipart(contentType, await read()));
    }
    const result = validate(quoteRequest, parsed.json);
    if (!result.ok) throw new HttpError(422, result.issues[0].message, { errors: result.issues });
    const photos = checkPhotos(result.value.photos ?? [], parsed.photos);
    const bodyHash = requestHash(result.value, photos.map((photo) => photo.data));

    return inFlight.run(key, async () => {
      // A retry of a request already stored gets the first answer; its checks were passed then.
      const earlier = store.lookup(key, bodyHash);
      if (earlier) return { status: 200, reference: earlier };
      checkFillTime(result.value);
      await checkCaptcha(result.value.captchaToken, client);
      const photoBytes = photos.reduce((sum, photo) => sum + photo.data.length, 0);
      if (photoBytes && uploadQuota.take(client, photoBytes, now())) throw uploadQuotaError(client);
      const stored = await store.save({ key, bodyHash, receivedAt: now(), origin: request.headers.origin, request: result.value, photos });
      return { status: stored.replayed ? 200 : 201, reference: stored.reference };
    });
  }

  const uploadQuotaError = (client) =>
    new HttpError(429, 'the daily limit for photos from your connection is reached', {
      headers: { 'retry-after': String(uploadQuota.retryAfter(client, now())), connection: 'close' },
    });

  /** True when the request carries the read token (compared in constant time; "Bearer" in any case). */
  function mayRead(request) {
    const given = Buffer.from(/^bearer[ \t]+(\S+)[ \t]*$/i.exec(request.headers.authorization ?? '')?.[1] ?? '');
    const expected = Buffer.from(readToken ?? '');
    return expected.length > 0 && given.length === expected.length && timingSafeEqual(given, expected);
  }

  function list(searchParams) {
    const limit = Math.min(Math.max(Number.parseInt(searchParams.get('limit') ?? '', 10) || pageSize, 1), Math.max(pageSize, 100));
    const before = Number.parseInt(searchParams.get('before') ?? '', 10);
    return store.list({ limit, before: Number.isSafeInteger(before) ? before : undefined });
  }

  function sendPhoto(response, reference, position) {
    const photo = store.photo(reference, position);
    if (!photo) throw new HttpError(404, 'not found');
    response.writeHead(200, {
      ...securityHeaders('api'),
      'content-type': photo.type,
      'content-length': photo.data.length,
      // A download, never a page: whatever the bytes hold, the browser does not render them here.
      'content-disposition': `attachment; filename="${reference}-photo-${position + 1}.${EXTENSIONS[photo.type] ?? 'bin'}"`,
      'cache-control': 'no-store',
    });
    response.end(photo.data);
  }

  async function route(request, response, pathname, searchParams, cors) {
    const method = request.method;
    if (method === 'OPTIONS' && (pathname === '/api/quotes' || pathname === '/api/quotes/ticket')) {
      response.writeHead(204, {
        ...securityHeaders('api'),
        ...cors.headers,
        'access-control-allow-methods': 'GET, POST',
        'access-control-allow-headers': 'content-type, idempotency-key',
        'access-control-max-age': '600',
        vary: 'Origin',
      });
      return response.end();
    }
    if (method === 'GET' && pathname === '/api/quotes/ticket') return sendJson(response, 200, { ticket: tickets.issue(now()) }, cors.headers);
    if (method === 'POST' && pathname === '/api/quotes') {
      const client = clientKey(clientAddress(request.socket.remoteAddress, request.headers['x-forwarded-for'], isTrustedProxy));
      const wait = rate.take(client, 1, now());
      if (wait) throw new HttpError(429, 'too many requests; try again later', { headers: { 'retry-after': String(wait) } });
      const { status, reference } = await receive(request, client);
      return sendJson(response, status, { reference }, cors.headers);
    }
    if (method !== 'GET') throw new HttpError(405, 'method not allowed', { headers: { allow: 'GET, POST, OPTIONS' } });
    if (!mayRead(request)) throw new HttpError(401, 'reading stored requests needs the read token', { headers: { 'www-authenticate': 'Bearer' } });
    if (pathname === '/api/quotes') return sendJson(response, 200, list(searchParams));
    const photo = /^\/api\/quotes\/(MQ-[A-Z0-9]{8})\/photos\/([0-4])$/.exec(pathname);
    if (!photo) throw new HttpError(404, 'not found');
    return sendPhoto(response, photo[1], Number(photo[2]));
  }

  /** Handles /api/quotes…; returns false for any other path so the caller can serve it. */
  async function handle(request, response) {
    const { pathname, searchParams } = requestPath(request);
    if (pathname !== '/api/quotes' && !pathname.startsWith('/api/quotes/')) return false;
    const cors = origins.cors(request.headers.origin);
    const headers = { ...cors.headers, vary: 'Origin' };
    try {
      if (!origins.hostAllowed(request.headers.host)) throw new HttpError(421, 'this server does not answer for that host name');
      if (!cors.allowed) throw new HttpError(403, 'this origin may not send requests here');
      await route(request, response, pathname, searchParams, { headers });
    } catch (caught) {
      sendError(response, caught, headers);
    }
    return true;
  }

  return {
    handle,
    /** Whether a Host header names this server (for the routes around the intake). */
    hostAllowed: origins.hostAllowed,
    /** Deletes what is older than the retention period now; returns how many requests. */
    sweep,
    db: store.db,
    close() {
      clearInterval(sweeper);
      store.close();
    },
  };
}
