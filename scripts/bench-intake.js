// npm run bench (after the build), second part: the intake under load. `node demo/serve.js` as
// npm start runs it, with its real SQLite file; 50 concurrent clients send 2,000 requests, 10 % of
// them repeats of an earlier key (a retry after a lost answer), 5 % with a 200 KB photo. Each
// simulated patient has an address of their own (X-Forwarded-For, from a trusted proxy), so the
// rate limiter is at work as in production. Prints requests/s, p95 latency and the server's peak
// RSS, writes them into docs/performance.md between the intake-bench markers, and fails if any
// request is lost, stored twice or answered 5xx.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { replaceBetweenMarkers } from './docs/markers.js';

// What else the machine was doing when the run began (its 1-minute load average), for the table.
const loadBefore = loadavg()[0];
const TOTAL = 2000;
const CLIENTS = 50;
const REPEAT_SHARE = 0.1;
const PHOTO_SHARE = 0.05;
const PHOTO_BYTES = 200 * 1024;

const port = await new Promise((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port: free } = probe.address();
    probe.close(() => resolve(free));
  });
});
const dataDir = mkdtempSync(join(tmpdir(), 'medquote-bench-'));
const server = spawn(process.execPath, ['demo/serve.js'], {
  env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', MQ_DATA_DIR: dataDir, MQ_TRUSTED_PROXIES: '127.0.0.1', MQ_READ_TOKEN: 'bench' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((resolve) => server.stdout.on('data', (chunk) => /stored requests:/.test(chunk) && resolve()));

// Peak RSS as the kernel records it (VmHWM); sampled as well where /proc is missing.
let sampledPeak = 0;
const rssNow = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
const sampler = setInterval(() => {
  try {
    sampledPeak = Math.max(sampledPeak, rssNow());
  } catch {
    /* no /proc */
  }
}, 50);
const peakRss = () => {
  try {
    return Math.max(sampledPeak, Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))[1]) * 1024);
  } catch {
    return sampledPeak;
  }
};

/** CPU time the server process has used (user + system), in seconds; NaN without /proc. */
function serverCpuSeconds() {
  try {
    const fields = readFileSync(`/proc/${server.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (100 Hz)
  } catch {
    return Number.NaN;
  }
}
const cpuBefore = serverCpuSeconds();

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

function photoBody(json) {
  const boundary = `bench${Math.random().toString(36).slice(2)}`;
  const photo = Buffer.alloc(PHOTO_BYTES, 0x42);
  Buffer.from([0xff, 0xd8, 0xff, 0xe0]).copy(photo);
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="request"\r\nContent-Type: application/json\r\n\r\n${json}\r\n`),
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="photos"; filename="scar.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`),
    photo,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, type: `multipart/form-data; boundary=${boundary}` };
}

// The plan: originals, each from its own patient address, and repeats of earlier ones.
const originals = [];
const plan = [];
for (let i = 0; plan.length < TOTAL; i++) {
  if (originals.length > 20 && Math.random() < REPEAT_SHARE) {
    plan.push({ ...originals[Math.floor(Math.random() * originals.length)], repeat: true });
    continue;
  }
  const photos = Math.random() < PHOTO_SHARE;
  const json = JSON.stringify(sampleRequest(i, photos));
  const { body, type } = photos ? photoBody(json) : { body: Buffer.from(json), type: 'application/json' };
  const original = { key: `bench-${process.pid}-${i}`, body, type, photos, address: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`, repeat: false };
  originals.push(original);
  plan.push(original);
}

const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
function send({ key, body, type, address }) {
  return new Promise((resolve) => {
    const started = performance.now();
    const request = httpRequest(
      { agent, host: '127.0.0.1', port, method: 'POST', path: '/api/quotes', headers: { 'content-type': type, 'content-length': body.length, 'idempotency-key': key, 'x-forwarded-for': address } },
      (response) => {
        let text = '';
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode, text, retryAfter: Number(response.headers['retry-after'] ?? 1), ms: performance.now() - started }));
      },
    );
    request.on('error', (error) => resolve({ status: 0, text: error.message, ms: performance.now() - started }));
    request.end(body);
  });
}

const answers = new Map(); // key → first reference answered
const done = new Map(); // key → promise of the original's answer (a repeat waits for it: it is a retry)
const results = [];
const failures = [];
let next = 0;
const started = performance.now();
const generatorCpu = process.cpuUsage();
async function client() {
  while (next < plan.length) {
    const item = plan[next++];
    if (item.repeat) await done.get(item.key);
    let answer;
    let resolveDone;
    if (!item.repeat) done.set(item.key, new Promise((resolve) => (resolveDone = resolve)));
    // Like the form: 409 (still in progress) and 429/503 are retried after Retry-After.
    for (let attempt = 0; attempt < 5; attempt++) {
      answer = await send(item);
      if (![409, 429, 503].includes(answer.status)) break;
      await new Promise((resolve) => setTimeout(resolve, answer.retryAfter * 1000));
    }
    results.push({ ...answer, photos: item.photos });
    if (answer.status >= 500 || answer.status === 0) failures.push(`${item.key}: ${answer.status} ${answer.text}`);
    else if (answer.status !== (item.repeat ? 200 : 201)) failures.push(`${item.key}: ${answer.status} ${answer.text} (${item.repeat ? 'repeat' : 'first'})`);
    else {
      const { reference } = JSON.parse(answer.text);
      if (item.repeat && answers.get(item.key) !== reference) failures.push(`${item.key}: repeat answered ${reference}, first ${answers.get(item.key)}`);
      if (!item.repeat) answers.set(item.key, reference);
    }
    resolveDone?.();
  }
}
await Promise.all(Array.from({ length: CLIENTS }, client));
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
const peak = peakRss();
const cpu = serverCpuSeconds();
const generator = process.cpuUsage(generatorCpu);
server.kill();
await new Promise((resolve) => server.once('exit', resolve));
agent.destroy();

// What was stored: one row per original key, holding the reference it was answered with.
const db = new Database(join(dataDir, 'quotes.sqlite'), { readonly: true });
const rows = db.prepare('SELECT idempotency_key AS key, reference FROM quotes').all();
db.close();
const stored = new Map(rows.map((row) => [row.key, row.reference]));
if (rows.length !== stored.size) failures.push(`${rows.length - stored.size} keys stored twice`);
for (const { key } of originals) {
  if (!stored.has(key)) failures.push(`${key}: lost (not stored)`);
  else if (answers.has(key) && stored.get(key) !== answers.get(key)) failures.push(`${key}: stored as ${stored.get(key)}, answered ${answers.get(key)}`);
}
if (rows.length !== originals.length) failures.push(`${rows.length} rows stored for ${originals.length} distinct requests`);
rmSync(dataDir, { recursive: true, force: true });

const p95 = (list) => {
  const sorted = list.map((result) => result.ms).sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? 0;
};
const json = results.filter((result) => !result.photos);
const withPhotos = results.filter((result) => result.photos);
const table = [
  `| intake under load (${cpus().length} cores, load average ${loadBefore.toFixed(1)} before the run; ${CLIENTS} concurrent clients, ${TOTAL} requests, ${originals.length} distinct, ${withPhotos.length} with a 200 KB photo) | figure |`,
  '|---|---:|',
  `| requests per second, all (server and load generator on the same cores) | ${(results.length / seconds).toFixed(0)} |`,
  `| p95 latency, JSON requests | ${p95(json).toFixed(1)} ms |`,
  `| p95 latency, requests with a photo | ${p95(withPhotos).toFixed(1)} ms |`,
  `| server CPU time per request (user + system) | ${(((cpu - cpuBefore) * 1000) / results.length).toFixed(2)} ms |`,
  `| load generator CPU time per request (same machine) | ${((generator.user + generator.system) / 1000 / results.length).toFixed(2)} ms |`,
  `| server's peak RSS | ${(peak / 1024 / 1024).toFixed(0)} MB |`,
  `| lost, stored twice, answered 5xx | ${failures.length} |`,
].join('\n');
console.log(table);

if (failures.length) {
  console.error(`intake bench failed:\n${failures.slice(0, 20).join('\n')}`);
  process.exit(1);
}
const page = readFileSync('docs/performance.md', 'utf8');
const updated = replaceBetweenMarkers(page, 'intake-bench', table, 'docs/performance.md');
if (updated !== page) writeFileSync('docs/performance.md', updated);
