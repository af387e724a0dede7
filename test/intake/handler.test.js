// createQuoteHandler called as a Fetch handler, with no server around it: what a serverless
// platform, Deno or Bun does. Requests are `new Request(...)`, answers `Response`s.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createQuoteHandler, postgresStore, sqliteStore } from 'medquote/intake';
import { images, multipart, newKey, READ_TOKEN, sampleRequest, tempDir } from './helpers.js';
import { freshDatabase } from './postgres.js';

const origin = 'https://clinic.example';
const quoteRequest = (body, { key = newKey(), headers = {} } = {}) =>
  new Request(`${origin}/api/quotes`, {
    method: 'POST',
    headers: { 'idempotency-key': key, ...(body instanceof FormData ? {} : { 'content-type': 'application/json' }), ...headers },
    body: body instanceof FormData || typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('the handler on the Fetch API alone', () => {
  const dir = tempDir();
  let handler;
  before(() => {
    handler = createQuoteHandler({ store: sqliteStore(join(dir, 'quotes.sqlite')), readToken: READ_TOKEN, publicOrigins: [origin], limits: { requestsPerMinute: 2 } });
  });
  after(async () => {
    await handler.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores a request and answers as the server did, headers included', async () => {
    const platform = { remoteAddress: '203.0.113.1' };
    const answer = await handler(quoteRequest(sampleRequest()), platform);
    assert.equal(answer.status, 201);
    assert.match((await answer.json()).reference, /^MQ-/);
    assert.match(answer.headers.get('content-security-policy'), /frame-ancestors 'none'/);
    assert.equal(answer.headers.get('x-content-type-options'), 'nosniff');
    const photo = await handler(quoteRequest(multipart(sampleRequest(), [{ name: 'a.png', bytes: images.png() }])), platform);
    assert.equal(photo.status, 201);
  });

  it('takes the client address from the platform (Deno.serve shape) or from clientAddress', async () => {
    const deno = (address) => ({ remoteAddr: { hostname: address } });
    for (let i = 0; i < 2; i++) assert.equal((await handler(quoteRequest(sampleRequest()), deno('198.51.100.7'))).status, 201);
    assert.equal((await handler(quoteRequest(sampleRequest()), deno('198.51.100.7'))).status, 429);
    assert.equal((await handler(quoteRequest(sampleRequest()), deno('198.51.100.8'))).status, 201, 'another client');
    const seen = [];
    const fromHeader = createQuoteHandler({
      store: sqliteStore(join(dir, 'other.sqlite')),
      limits: { requestsPerMinute: 1 },
      clientAddress: (request) => (seen.push(request.url), request.headers.get('cf-connecting-ip')),
    });
    try {
      const as = (address) => quoteRequest(sampleRequest(), { headers: { 'cf-connecting-ip': address } });
      assert.equal((await fromHeader(as('192.0.2.1'))).status, 201);
      assert.equal((await fromHeader(as('192.0.2.1'))).status, 429);
      assert.equal((await fromHeader(as('192.0.2.2'))).status, 201);
      assert.equal(seen.length, 3);
    } finally {
      await fromHeader.close();
    }
  });

  it('refuses other hosts and origins, and unreadable paths, before anything else', async () => {
    const get = (url, headers = {}) => handler(new Request(url, { headers }));
    assert.equal((await get('https://evil.example/api/quotes/ticket')).status, 421);
    assert.equal((await get(`${origin}/api/quotes/ticket`, { host: 'evil.example' })).status, 421, 'the Host header, when there is one');
    assert.equal((await get(`${origin}/api/quotes/%E0%A4%A`)).status, 400);
    const foreign = await get(`${origin}/api/quotes/ticket`, { origin: 'https://evil.example' });
    assert.equal(foreign.status, 403);
    assert.match(foreign.headers.get('content-security-policy'), /sandbox/);
    assert.equal((await get(`${origin}/elsewhere`)).status, 404);
    assert.equal((await handler(new Request(`${origin}/api/quotes`, { method: 'DELETE' }))).status, 405);
  });

  it('cuts off a streamed body that stalls, and one that grows past its limit', async () => {
    const stalling = createQuoteHandler({ store: sqliteStore(join(dir, 'stall.sqlite')), limits: { stallMs: 300, stallBytes: 1024 } });
    try {
      let pull = 0;
      const body = new ReadableStream({
        async pull(controller) {
          if (pull++ === 0) controller.enqueue(new TextEncoder().encode('{"name": "'));
          else await new Promise(() => {}); // nothing more, ever
        },
      });
      const started = Date.now();
      const stalled = await stalling(new Request(`${origin}/api/quotes`, { method: 'POST', body, duplex: 'half', headers: { 'content-type': 'application/json', 'idempotency-key': newKey() } }));
      assert.equal(stalled.status, 408);
      assert.ok(Date.now() - started < 3000);
      const endless = new ReadableStream({ pull: (controller) => controller.enqueue(new Uint8Array(16 * 1024).fill(32)) });
      const large = await stalling(new Request(`${origin}/api/quotes`, { method: 'POST', body: endless, duplex: 'half', headers: { 'content-type': 'application/json', 'idempotency-key': newKey() } }));
      assert.equal(large.status, 413);
    } finally {
      await stalling.close();
    }
  });

  it('does not take a body whose declared bytes have all arrived for a stalled one (a busy server reads its end late)', async () => {
    const { readBody } = await import('../../dist/intake/body.js');
    const bytes = new TextEncoder().encode(JSON.stringify({ small: 'under stallBytes' }));
    const body = new ReadableStream({
      start(controller) {
        controller.enqueue(bytes);
        setTimeout(() => controller.close(), 250); // the end, seen only after two stall periods
      },
    });
    const read = await readBody(body, { limit: 64 * 1024, declaredLength: bytes.length, stallMs: 100, stallBytes: 1024 });
    assert.equal(read.length, bytes.length);
  });

  it('reads stored requests and photos only with the read token', async () => {
    assert.equal((await handler(new Request(`${origin}/api/quotes`))).status, 401);
    const list = await handler(new Request(`${origin}/api/quotes`, { headers: { authorization: `bearer ${READ_TOKEN}` } }));
    assert.equal(list.status, 200);
    const { quotes } = await list.json();
    const withPhoto = quotes.find((quote) => quote.photos === 1);
    const photo = await handler(new Request(`${origin}/api/quotes/${withPhoto.reference}/photos/0`, { headers: { authorization: `Bearer ${READ_TOKEN}` } }));
    assert.equal(photo.headers.get('content-type'), 'image/png');
    assert.deepEqual(Buffer.from(await photo.arrayBuffer()), images.png());
  });

  it('says which package to install when an optional one is missing', async () => {
    const { loadOptional } = await import('../../dist/intake/optional.js');
    await assert.rejects(loadOptional('no-such-package-here', () => import('no-such-package-here'), 'sqliteStore'), {
      message: 'medquote/intake: sqliteStore needs the package "no-such-package-here": npm install no-such-package-here',
    });
  });

  it('uses nothing but Web APIs outside the Node adapter and the stores', () => {
    const root = new URL('../../src/intake/', import.meta.url).pathname;
    const platformFree = readdirSync(root).filter((name) => name.endsWith('.ts') && name !== 'node.ts');
    assert.ok(platformFree.includes('handler.ts'));
    for (const name of platformFree) {
      const code = readFileSync(join(root, name), 'utf8');
      assert.doesNotMatch(code, /from ['"]node:|import\(['"]node:|\bBuffer\b|\bprocess\.|\bsetImmediate\b/, name);
    }
  });
});

describe('two handlers on one PostgreSQL (issue 15)', () => {
  it('store one row for one key sent to both at once, and never answer 5xx', async () => {
    const database = await freshDatabase();
    const first = createQuoteHandler({ store: postgresStore(database.url), blobs: { put: async () => {}, get: async () => null, delete: async () => {}, list: async function* () {} }, limits: { requestsPerMinute: 1000 } });
    const second = createQuoteHandler({ store: postgresStore(database.url), blobs: { put: async () => {}, get: async () => null, delete: async () => {}, list: async function* () {} }, limits: { requestsPerMinute: 1000 } });
    try {
      await Promise.all([first.ready(), second.ready()]);
      for (const bodies of [1, 2]) {
        const key = newKey();
        const answers = await Promise.all(
          Array.from({ length: 20 }, (_, i) =>
            (i % 2 ? first : second)(quoteRequest(sampleRequest({ phone: bodies === 2 && i % 4 < 2 ? '+4915111111111' : '+4915122222222' }), { key }), { remoteAddress: '127.0.0.1' }),
          ),
        );
        const statuses = answers.map((answer) => answer.status);
        assert.equal(statuses.filter((status) => status === 201).length, 1, statuses.join(' '));
        assert.ok(statuses.every((status) => (bodies === 1 ? [200, 201, 409] : [200, 201, 409, 422]).includes(status)), statuses.join(' '));
      }
      const { default: postgres } = await import('postgres');
      const sql = postgres(database.url, { max: 1 });
      const [{ n }] = await sql`SELECT count(*)::int AS n FROM medquote_quotes`;
      await sql.end();
      assert.equal(n, 2);
    } finally {
      await first.close();
      await second.close();
      await database.drop();
    }
  });
});
