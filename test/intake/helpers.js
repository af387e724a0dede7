// Shared by the intake's Node tests: real servers on loopback, throwaway data directories, raw sockets.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleRequest } from './sample-request.js';

export { sampleRequest };
export const READ_TOKEN = 'test-read-token';
export const reading = { headers: { authorization: `Bearer ${READ_TOKEN}` } };
export const tempDir = () => mkdtempSync(join(tmpdir(), 'medquote-intake-'));

/**
 * The intake in this process: createQuoteHandler on the Node adapter (what `npm start` runs), with
 * a throwaway data directory and SQLite file unless a `store` is given. Other options go to
 * createQuoteHandler; the limits may be given at the top level as before (`requestsPerMinute`,
 * `uploadBytesPerDay`, `maxConcurrentUploads`, `pageSize`, `stall`), and `timeouts` go to the
 * Node server. `publicOrigins` may be a function of the server's own origin (http://127.0.0.1:<port>).
 */
export async function startIntake({ timeouts, publicOrigins = [], store, requestsPerMinute = 10_000, uploadBytesPerDay, maxConcurrentUploads, pageSize, stall, ...options } = {}) {
  const { createQuoteHandler, sqliteStore } = await import('medquote/intake');
  const { createNodeServer } = await import('medquote/intake/node');
  const dataDir = options.dataDir ?? tempDir();
  delete options.dataDir;
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const limits = Object.fromEntries(
    Object.entries({ requestsPerMinute, uploadBytesPerDay, maxConcurrentUploads, pageSize, ...stall }).filter(([, value]) => value !== undefined),
  );
  const quotes = store ?? sqliteStore(join(dataDir, 'quotes.sqlite'));
  const intake = createQuoteHandler({
    store: quotes,
    readToken: READ_TOKEN,
    publicOrigins: typeof publicOrigins === 'function' ? publicOrigins(base) : publicOrigins,
    limits,
    ...options,
  });
  await intake.ready();
  const server = createNodeServer(intake, timeouts);
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const owned = !arguments[0]?.dataDir;
  return {
    intake,
    store: quotes,
    server,
    port,
    dataDir,
    base,
    /** The SQLite connection of the store (the real file). */
    db: () => quotes.database(),
    count: () => quotes.database().prepare('SELECT count(*) AS n FROM quotes').get().n,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await intake.close();
      if (owned) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A free TCP port on loopback (for a server started later or in another process). Picked at random
 * below Linux's ephemeral range rather than by listening on port 0: the Node tests run four files
 * at once, and port 0 hands out neighbouring ports that another file could take before ours listens.
 */
export async function freePort() {
  for (;;) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    const free = await new Promise((resolve) => {
      const probe = createServer();
      probe.once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
}

/**
 * `node demo/serve.js`, as `npm start` runs it (after the build), on a free port with its own
 * data directory. Resolves once it has printed its three lines; `output` holds everything printed.
 */
export async function startDemo(env = {}) {
  const dataDir = tempDir();
  const listenPort = await freePort();
  const child = spawn(process.execPath, ['demo/serve.js'], {
    cwd: new URL('../..', import.meta.url),
    env: { ...process.env, PORT: String(listenPort), HOST: '127.0.0.1', MQ_DATA_DIR: dataDir, MQ_READ_TOKEN: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const demo = { child, dataDir, port: listenPort, base: `http://127.0.0.1:${listenPort}`, output: '' };
  child.stdout.on('data', (chunk) => (demo.output += chunk));
  child.stderr.on('data', (chunk) => (demo.output += chunk));
  await new Promise((resolve, reject) => {
    const started = setInterval(() => {
      if (/stored requests:/.test(demo.output)) resolve(clearInterval(started));
    }, 20);
    child.once('exit', (code) => {
      clearInterval(started);
      reject(new Error(`demo/serve.js exited (${code}): ${demo.output}`));
    });
  });
  demo.alive = () => child.exitCode === null && child.signalCode === null;
  demo.stop = async () => {
    if (demo.alive()) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill();
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  return demo;
}

/** The demo's read token: from its token file (or, printed in a link, as older versions did). */
export function demoToken(demo) {
  try {
    return readFileSync(join(demo.dataDir, 'read-token'), 'utf8').trim();
  } catch {
    return /#token=(\S+)/.exec(demo.output)?.[1] ?? '';
  }
}

/**
 * Writes `text` as it is to a raw TCP connection and resolves with whatever comes back before the
 * server closes the connection (or `waitMs` passes: generous, as a busy machine can be slow to answer).
 */
export function rawRequest(port, text, { waitMs = 10_000 } = {}) {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(text));
    let received = '';
    const timer = setTimeout(() => socket.destroy(), waitMs);
    socket.on('data', (chunk) => (received += chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(received);
    });
  });
}

let keys = 0;
export const newKey = () => `key-${process.pid}-${Date.now()}-${keys++}`;

/** POSTs an object as JSON, or a FormData, string or bytes body as it is, to /api/quotes. */
export function post(base, body, { key = newKey(), headers = {} } = {}) {
  const raw = typeof body === 'string' || body instanceof FormData || body instanceof Uint8Array;
  return fetch(`${base}/api/quotes`, {
    method: 'POST',
    headers: { 'idempotency-key': key, ...(raw ? {} : { 'content-type': 'application/json' }), ...headers },
    body: raw ? body : JSON.stringify(body),
  }).catch((error) => {
    // "fetch failed" alone says nothing: name the socket's error.
    error.message += ` (${error.cause?.code ?? ''} ${error.cause?.message ?? error.cause ?? ''})`;
    throw error;
  });
}

/** A multipart body: the request as its JSON part, then each photo ({ name, bytes, type }). */
export function multipart(request, photos) {
  const form = new FormData();
  const described = photos.map(({ name, bytes, type }) => ({ name, type: type ?? 'image/jpeg', size: bytes.length }));
  form.append('request', new Blob([JSON.stringify({ ...request, photos: described })], { type: 'application/json' }));
  for (const { name, bytes, type } of photos) form.append('photos', new Blob([bytes], { type: type ?? 'image/jpeg' }), name);
  return form;
}

/** The first bytes of each kind of photo the intake takes, padded to `size`. */
export const images = {
  jpeg: (size = 64) => pad([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, ...Buffer.from('JFIF\0')], size),
  png: (size = 64) => pad([0x89, ...Buffer.from('PNG\r\n\x1a\n'), 0, 0, 0, 13, ...Buffer.from('IHDR')], size),
  webp: (size = 64) => pad([...Buffer.from('RIFF'), 0x38, 0, 0, 0, ...Buffer.from('WEBPVP8 ')], size),
  heic: (size = 64) => pad([0, 0, 0, 0x18, ...Buffer.from('ftypheic'), 0, 0, 0, 0, ...Buffer.from('mif1heic')], size),
};
function pad(head, size) {
  const bytes = Buffer.alloc(Math.max(size, head.length), 0x55);
  Buffer.from(head).copy(bytes);
  return bytes;
}
