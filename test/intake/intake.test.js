// The reference intake server, over real HTTP on loopback, with a throwaway SQLite file.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import { createIntake } from '../../demo/intake/intake.js';
import { sampleRequest } from './sample-request.js';

const dataDir = mkdtempSync(join(tmpdir(), 'medquote-intake-'));
const readToken = 'test-read-token';
const reading = { headers: { authorization: `Bearer ${readToken}` } };
const intake = createIntake({ dataDir, readToken, allowedOrigins: ['https://partner.example'], maxBodyBytes: 2 * 1024 * 1024 + 100_000, requestsPerMinute: 1000 });
const server = createServer(async (request, response) => {
  if (!(await intake.handle(request, response))) response.writeHead(404).end();
});
let base;
before(() => new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((base = `http://127.0.0.1:${server.address().port}`)))));
after(() => {
  server.close();
  intake.close();
  rmSync(dataDir, { recursive: true, force: true });
});

let keys = 0;
/** POSTs an object as JSON, or a FormData or string body as it is. */
const post = (body, { key = `key-${Date.now()}-${keys++}`, headers = {} } = {}) => {
  const raw = typeof body === 'string' || body instanceof FormData;
  return fetch(`${base}/api/quotes`, {
    method: 'POST',
    headers: { 'idempotency-key': key, ...(raw ? {} : { 'content-type': 'application/json' }), ...headers },
    body: raw ? body : JSON.stringify(body),
  });
};
const count = () => intake.db.prepare('SELECT count(*) AS n FROM quotes').get().n;

describe('intake server', () => {
  it('stores a valid request once and answers 201 with a reference', async () => {
    const before = count();
    const response = await post(sampleRequest(), { key: 'same-key-123' });
    assert.equal(response.status, 201);
    const { reference } = await response.json();
    assert.match(reference, /^MQ-[2-9A-Z]{8}$/);
    const again = await post(sampleRequest(), { key: 'same-key-123' });
    assert.equal(again.status, 200);
    assert.deepEqual(await again.json(), { reference });
    assert.equal(count(), before + 1);
    const stored = JSON.parse(intake.db.prepare('SELECT request FROM quotes WHERE reference = ?').get(reference).request);
    assert.equal(stored.consents.transfer.text, sampleRequest().consents.transfer.text);
  });

  it('answers 422 with field errors in the documented shape', async () => {
    const response = await post(sampleRequest({ phone: '0151 234', email: 'not-an-email' }));
    assert.equal(response.status, 422);
    const { errors } = await response.json();
    assert.deepEqual(errors.map((error) => error.path).sort(), ['email', 'phone']);
    assert.ok(errors.every((error) => typeof error.message === 'string' && error.message));
  });

  it('refuses health details without their consent', async () => {
    const request = sampleRequest();
    delete request.consents.health;
    const response = await post(request);
    assert.equal(response.status, 422);
    assert.deepEqual((await response.json()).errors, [{ path: 'consents.health', message: 'health details need the health consent' }]);
  });

  it('requires an Idempotency-Key and refuses automated-looking requests', async () => {
    const missing = await fetch(`${base}/api/quotes`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(sampleRequest()) });
    assert.equal(missing.status, 400);
    assert.equal((await post(sampleRequest({ fillMs: 200 }))).status, 400);
  });

  it('stores photos sent as multipart/form-data', async () => {
    const jpeg = new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3])], { type: 'image/jpeg' });
    const request = sampleRequest({ photos: [{ name: 'cheek.jpg', type: 'image/jpeg', size: jpeg.size }] });
    const form = new FormData();
    form.append('request', new Blob([JSON.stringify(request)], { type: 'application/json' }));
    form.append('photos', jpeg, 'cheek.jpg');
    const response = await post(form);
    assert.equal(response.status, 201);
    const { reference } = await response.json();
    assert.equal((await fetch(`${base}/api/quotes/${reference}/photos/0`)).status, 401);
    const photo = await fetch(`${base}/api/quotes/${reference}/photos/0`, reading);
    assert.equal(photo.headers.get('content-type'), 'image/jpeg');
    assert.deepEqual(new Uint8Array(await photo.arrayBuffer()), new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]));
  });

  it('refuses a photo that is not an image, and bodies over the limit', async () => {
    const text = new Blob(['hello'], { type: 'text/plain' });
    const form = new FormData();
    form.append('request', JSON.stringify(sampleRequest({ photos: [{ name: 'a.jpg', type: 'image/jpeg', size: 5 }] })));
    form.append('photos', text, 'a.jpg');
    const response = await post(form);
    assert.equal(response.status, 422);
    assert.equal((await response.json()).errors[0].path, 'photos[0]');
    const huge = await post(JSON.stringify({ pad: 'x'.repeat(3 * 1024 * 1024) }), { headers: { 'content-type': 'application/json' } });
    assert.equal(huge.status, 413);
  });

  it('allows only the configured origins', async () => {
    const allowed = await fetch(`${base}/api/quotes`, { method: 'OPTIONS', headers: { origin: 'https://partner.example', 'access-control-request-method': 'POST' } });
    assert.equal(allowed.status, 204);
    assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://partner.example');
    assert.match(allowed.headers.get('access-control-allow-headers'), /idempotency-key/);
    const denied = await post(sampleRequest(), { headers: { origin: 'https://evil.example' } });
    assert.equal(denied.status, 403);
    const posted = await post(sampleRequest(), { headers: { origin: 'https://partner.example' } });
    assert.equal(posted.status, 201);
    assert.equal(posted.headers.get('access-control-allow-origin'), 'https://partner.example');
  });

  it('limits the request rate with 429 and Retry-After', async () => {
    const limitedDir = mkdtempSync(join(tmpdir(), 'medquote-intake-'));
    const limited = createIntake({ dataDir: limitedDir, requestsPerMinute: 2 });
    const small = createServer(async (request, response) => void (await limited.handle(request, response)));
    await new Promise((resolve) => small.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${small.address().port}/api/quotes`;
    const statuses = [];
    for (let i = 0; i < 3; i++) {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': `rate-${i}-abcdef` }, body: JSON.stringify(sampleRequest()) });
      statuses.push(response.status);
      if (response.status === 429) assert.ok(Number(response.headers.get('retry-after')) > 0);
    }
    // Set up without a read token, it lets nobody read what it stored, whatever they send.
    assert.equal((await fetch(url, { headers: { authorization: 'Bearer ' } })).status, 401);
    small.close();
    limited.close();
    rmSync(limitedDir, { recursive: true, force: true });
    assert.deepEqual(statuses, [201, 201, 429]);
  });

  it('lists stored requests only to whoever holds the read token', async () => {
    for (const authorization of [undefined, 'Bearer wrong-token-value', `Bearer ${readToken}x`, readToken]) {
      const refused = await fetch(`${base}/api/quotes`, { headers: authorization ? { authorization } : {} });
      assert.equal(refused.status, 401, String(authorization));
      assert.equal(refused.headers.get('www-authenticate'), 'Bearer');
    }
    const { quotes } = await (await fetch(`${base}/api/quotes`, reading)).json();
    assert.ok(quotes.length >= 3);
    assert.equal(quotes[0].request.treatment, 'Stem cell therapy for scars');
  });
});

describe('the JSON Schema the build writes', () => {
  const schema = JSON.parse(readFileSync(new URL('../../dist/quote-request.schema.json', import.meta.url), 'utf8'));
  const ajv = new Ajv2020({ allErrors: true });
  const check = ajv.compile(schema);

  it('accepts a complete request', () => {
    assert.equal(check(sampleRequest()), true, JSON.stringify(check.errors));
  });

  it('rejects what the zod schema rejects field by field', () => {
    assert.equal(check(sampleRequest({ phone: '12345', channel: 'pigeon' })), false);
    assert.deepEqual(check.errors.map((error) => error.instancePath).sort(), ['/channel', '/phone']);
  });
});
