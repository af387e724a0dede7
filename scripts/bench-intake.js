// npm run bench (after the build), second part: the intake under load, forwarding to a webhook.
// Two runs: `node demo/serve.js` on its SQLite file, then two such processes sharing one
// PostgreSQL (a throwaway cluster, fsync on). Each run: 50 concurrent clients send 2,000 requests,
// 10 % of them repeats of an earlier key (a retry after a lost answer; it may reach the other
// instance), 5 % with a 200 KB photo, each simulated patient from an address of its own (through a
// trusted proxy's X-Forwarded-For). Every request is forwarded to a webhook in this process that
// fails 20 % of attempts (500, or 503 with Retry-After: 1). Prints requests/s, p95 latency and the
// forwarding lag, writes them into docs/performance.md between the intake-bench markers, and
// fails on any request lost, stored twice, answered 5xx, not forwarded, forwarded twice or sent
// twice at once, or carrying a signature that does not verify.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, createServer as createHttpServer, request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import postgres from 'postgres';
import { verifySignature } from 'medquote/intake';
import { replaceBetweenMarkers } from './docs/markers.js';
import { startPostgres } from './postgres.js';

const TOTAL = 2000;
const CLIENTS = 50;
const REPEAT_SHARE = 0.1;
const PHOTO_SHARE = 0.05;
const PHOTO_BYTES = 200 * 1024;
const WEBHOOK_FAILURES = 0.2;
const SECRET = 'bench-webhook-secret';
const DRAIN_LIMIT_MS = 90_000;

const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
const p = (values, share) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0;
};

/** The partner's webhook: fails a fifth of the attempts, records the rest by key. */
async function startWebhook() {
  const delivered = new Map(); // key → [time of each 2xx]
  const inFlight = new Set();
  const problems = [];
  const bodies = [];
  let attempts = 0;
  const server = createHttpServer((request, response) => {
    const chunks = [];
    const key = request.headers['idempotency-key'];
    if (inFlight.has(key)) problems.push(`${key}: sent twice at once`);
    inFlight.add(key);
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      attempts++;
      inFlight.delete(key);
      bodies.push({ key, body: Buffer.concat(chunks), signature: request.headers['mq-signature'] });
      const roll = Math.random();
      if (roll < WEBHOOK_FAILURES / 2) return response.writeHead(500).end();
      if (roll < WEBHOOK_FAILURES) return response.writeHead(503, { 'retry-after': '1' }).end();
      delivered.set(key, [...(delivered.get(key) ?? []), performance.now()]);
      response.writeHead(204).end();
    });
  });
  const port = await freePort();
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}/crm`,
    delivered,
    problems,
    get attempts() {
      return attempts;
    },
    /** Checks every signature received (after the run, so the checks do not slow the webhook). */
    async badSignatures() {
      let bad = 0;
      for (const { body, signature } of bodies) if (!(await verifySignature(body, signature, SECRET, 600))) bad++;
      return bad;
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** `node demo/serve.js` with these settings; resolves once it listens. */
async function startServer(env) {
  const port = await freePort();
  const child = spawn(process.execPath, ['demo/serve.js'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', MQ_TRUSTED_PROXIES: '127.0.0.1', MQ_READ_TOKEN: 'bench', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk) && /stored requests:/.test(output) && resolve());
    child.once('exit', (code) => reject(new Error(`demo/serve.js exited (${code})`)));
  });
  return { port, child };
}

function sampleRequest(i, photos) {
  const at = new Date().toISOString();
  return {
    treatment: 'Stem cell therapy for scars',
    destinations: ['turkey-thailand'],
    openToSuggestions: false,
    timeframe: '2027-03',
    residence: 'DE',
    forSelf: true,
    name: `Bench Patient ${i}`,
    email: `patient${i}@example.org`,
    phone: `+49151${String(10_000_000 + i)}`,
    channel: 'email',
    health: { scarType: 'atrophic', location: 'cheeks', notes: 'Acne scars since my teens. '.repeat(8) },
    ...(photos ? { photos: [{ name: 'scar.jpg', type: 'image/jpeg', size: PHOTO_BYTES }] } : {}),
    consents: {
      privacy: { text: 'I have read the privacy notice.', at, url: 'https://clinic.example/privacy' },
      health: { text: 'I agree that my health details are used for my quote.', at },
      transfer: { text: 'I agree that my request is sent to clinics in Türkiye and Thailand.', at },
    },
    attribution: { source: 'bench', utm: { utm_source: 'bench' } },
    locale: 'en',
    fillMs: 60_000,
  };
}

function photoBody(json, i) {
  const boundary = `bench${Math.random().toString(36).slice(2)}`;
  const photo = Buffer.alloc(PHOTO_BYTES, i & 255);
  Buffer.from([0xff, 0xd8, 0xff, 0xe0]).copy(photo);
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="request"\r\nContent-Type: application/json\r\n\r\n${json}\r\n`),
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="photos"; filename="scar.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`),
    photo,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, type: `multipart/form-data; boundary=${boundary}` };
}

/** The plan: originals, each from its own patient address, and repeats of earlier ones. */
function plan(run) {
  const originals = [];
  const items = [];
  for (let i = 0; items.length < TOTAL; i++) {
    if (originals.length > 20 && Math.random() < REPEAT_SHARE) {
      items.push({ ...originals[Math.floor(Math.random() * originals.length)], repeat: true, index: items.length });
      continue;
    }
    const photos = Math.random() < PHOTO_SHARE;
    const json = JSON.stringify(sampleRequest(i, photos));
    const { body, type } = photos ? photoBody(json, i) : { body: Buffer.from(json), type: 'application/json' };
    const original = { key: `bench-${run.split(",")[0].toLowerCase()}-${process.pid}-${i}`, body, type, photos, address: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`, repeat: false, index: items.length };
    originals.push(original);
    items.push(original);
  }
  return { originals, items };
}

/** One run: the load against `ports` (round-robin), then waiting for every request to be forwarded. */
async function load(name, ports, webhook, storedRows) {
  const loadBefore = loadavg()[0];
  const { originals, items } = plan(name);
  const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
  const send = ({ key, body, type, address, index }) =>
    new Promise((resolve) => {
      const started = performance.now();
      const request = httpRequest(
        { agent, host: '127.0.0.1', port: ports[index % ports.length], method: 'POST', path: '/api/quotes', headers: { 'content-type': type, 'content-length': body.length, 'idempotency-key': key, 'x-forwarded-for': address } },
        (response) => {
          let text = '';
          response.on('data', (chunk) => (text += chunk));
          response.on('end', () => resolve({ status: response.statusCode, text, retryAfter: Number(response.headers['retry-after'] ?? 1), ms: performance.now() - started, at: performance.now() }));
        },
      );
      request.on('error', (error) => resolve({ status: 0, text: error.message, retryAfter: 1, ms: performance.now() - started, at: performance.now() }));
      request.end(body);
    });

  const answers = new Map(); // key → reference of the first answer
  const storedAt = new Map(); // key → when its 201 arrived
  const done = new Map(); // key → the original's answer (a repeat waits for it: it is a retry)
  const results = [];
  const failures = [];
  let next = 0;
  const started = performance.now();
  async function client() {
    while (next < items.length) {
      const item = items[next++];
      if (item.repeat) await done.get(item.key);
      let resolveDone;
      if (!item.repeat) done.set(item.key, new Promise((resolve) => (resolveDone = resolve)));
      let answer;
      let lostAnswer = false; // a network failure: the request may have been stored all the same
      // Like the form: 409 (still in progress), 429, 503 and network failures (a keep-alive
      // connection the server closed as it was reused) are retried after Retry-After.
      for (let attempt = 0; attempt < 5; attempt++) {
        answer = await send(item);
        if (answer.status === 0) lostAnswer = true;
        if (![0, 409, 429, 503].includes(answer.status)) break;
        await new Promise((resolve) => setTimeout(resolve, answer.retryAfter * 1000));
      }
      results.push({ ...answer, photos: item.photos });
      if (answer.status >= 500 || answer.status === 0) failures.push(`${item.key}: ${answer.status} ${answer.text}`);
      else if (answer.status !== (item.repeat ? 200 : 201) && !(lostAnswer && answer.status === 200)) failures.push(`${item.key}: ${answer.status} ${answer.text} (${item.repeat ? 'repeat' : 'first'})`);
      else {
        const { reference } = JSON.parse(answer.text);
        if (item.repeat && answers.get(item.key) !== reference) failures.push(`${item.key}: repeat answered ${reference}, first ${answers.get(item.key)}`);
        if (!item.repeat) {
          answers.set(item.key, reference);
          storedAt.set(item.key, answer.at);
        }
      }
      resolveDone?.();
    }
  }
  await Promise.all(Array.from({ length: CLIENTS }, client));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();

  // Forwarding: every stored request reaches the webhook once.
  const loadEnded = performance.now();
  while (originals.some(({ key }) => !webhook.delivered.has(key)) && performance.now() - loadEnded < DRAIN_LIMIT_MS) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const drained = (performance.now() - loadEnded) / 1000;
  await new Promise((resolve) => setTimeout(resolve, 3000)); // a duplicate would show up now
  const lags = [];
  for (const { key } of originals) {
    const times = webhook.delivered.get(key) ?? [];
    if (!times.length) failures.push(`${key}: never forwarded`);
    if (times.length > 1) failures.push(`${key}: forwarded ${times.length} times`);
    if (times.length && storedAt.has(key)) lags.push(times[0] - storedAt.get(key));
  }

  // What was stored: one row per original key, holding the reference it was answered with.
  const rows = await storedRows();
  const stored = new Map(rows.map((row) => [row.key, row.reference]));
  if (rows.length !== stored.size) failures.push(`${rows.length - stored.size} keys stored twice`);
  for (const { key } of originals) {
    if (!stored.has(key)) failures.push(`${key}: lost (not stored)`);
    else if (answers.has(key) && stored.get(key) !== answers.get(key)) failures.push(`${key}: stored as ${stored.get(key)}, answered ${answers.get(key)}`);
  }
  if (rows.length !== originals.length) failures.push(`${rows.length} rows stored for ${originals.length} distinct requests`);

  const json = results.filter((result) => !result.photos).map((result) => result.ms);
  const withPhotos = results.filter((result) => result.photos).map((result) => result.ms);
  return {
    name,
    loadBefore,
    distinct: originals.length,
    photos: withPhotos.length,
    perSecond: results.length / seconds,
    p95Json: p(json, 0.95),
    p95Photos: p(withPhotos, 0.95),
    lagP50: p(lags, 0.5),
    lagP95: p(lags, 0.95),
    lagMax: p(lags, 1),
    drained,
    failures,
  };
}

const results = [];
const webhook = await startWebhook();
// Retries after 1 s doubling up to 10 s (the defaults, 5 s up to an hour, would keep a request the
// webhook refuses five times in a row, one in 3,000 here, waiting over two minutes).
const forwarding = { MQ_FORWARD_URL: webhook.url, MQ_FORWARD_SECRET: SECRET, MQ_FORWARD_BACKOFF_MS: '1000', MQ_FORWARD_MAX_BACKOFF_MS: '10000' };

// SQLite: one process, its file.
{
  const dataDir = mkdtempSync(join(tmpdir(), 'medquote-bench-'));
  const server = await startServer({ ...forwarding, MQ_DATA_DIR: dataDir });
  const rows = async () => {
    const db = new Database(join(dataDir, 'quotes.sqlite'), { readonly: true });
    const found = db.prepare('SELECT idempotency_key AS key, reference FROM quotes').all();
    db.close();
    return found;
  };
  try {
    results.push(await load('SQLite, 1 process', [server.port], webhook, rows));
  } finally {
    server.child.kill();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

// PostgreSQL: two processes sharing one database (and one photo folder, as a shared volume would be).
{
  const cluster = await startPostgres({ durable: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'medquote-bench-'));
  const env = { ...forwarding, MQ_DATA_DIR: dataDir, MQ_DATABASE_URL: cluster.url };
  const servers = [];
  try {
    servers.push(await startServer(env));
    servers.push(await startServer(env));
    const rows = async () => {
      const sql = postgres(cluster.url, { max: 1, onnotice: () => {} });
      const found = await sql`SELECT idempotency_key AS key, reference FROM medquote_quotes`;
      await sql.end();
      return [...found];
    };
    results.push(await load('PostgreSQL, 2 processes', servers.map((server) => server.port), webhook, rows));
  } finally {
    for (const server of servers) server.child.kill();
    await new Promise((resolve) => setTimeout(resolve, 500));
    cluster.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const badSignatures = await webhook.badSignatures();
await webhook.close();
const failures = [...results.flatMap((result) => result.failures), ...webhook.problems];
if (badSignatures) failures.push(`${badSignatures} deliveries with a signature that does not verify`);

const ms = (value) => `${value.toFixed(0)} ms`;
const row = (label, pick) => `| ${label} | ${results.map(pick).join(' | ')} |`;
const table = [
  `| intake under load (${cpus().length} cores; ${CLIENTS} concurrent clients, ${TOTAL} requests per run, 10 % repeats, 5 % with a 200 KB photo; webhook failing ${WEBHOOK_FAILURES * 100} % of attempts) | ${results.map((result) => result.name).join(' | ')} |`,
  `|---|${results.map(() => '---:').join('|')}|`,
  row('load average before the run', (result) => result.loadBefore.toFixed(1)),
  row('distinct requests / with a photo', (result) => `${result.distinct} / ${result.photos}`),
  row('requests per second (server and load generator on the same cores)', (result) => result.perSecond.toFixed(0)),
  row('p95 latency, JSON requests', (result) => ms(result.p95Json)),
  row('p95 latency, requests with a photo', (result) => ms(result.p95Photos)),
  row('forwarding lag (201 → accepted by the webhook), median / p95 / max', (result) => `${ms(result.lagP50)} / ${ms(result.lagP95)} / ${ms(result.lagMax)}`),
  row('every request forwarded, this long after the load ended', (result) => `${result.drained.toFixed(1)} s`),
  row('lost, stored twice, 5xx, not forwarded, forwarded twice', (result) => String(result.failures.length)),
].join('\n');
console.log(table);
console.log(`webhook attempts: ${webhook.attempts}; signatures that do not verify: ${badSignatures}; sent twice at once: ${webhook.problems.length}`);

if (failures.length) {
  console.error(`intake bench failed:\n${failures.slice(0, 20).join('\n')}`);
  process.exit(1);
}
const page = readFileSync('docs/performance.md', 'utf8');
const updated = replaceBetweenMarkers(page, 'intake-bench', table, 'docs/performance.md');
if (updated !== page) writeFileSync('docs/performance.md', updated);
