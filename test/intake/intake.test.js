// The reference intake server's everyday behaviour, over real HTTP on loopback, with a throwaway
// SQLite file. The numbered files beside this one each cover one finding of issue 9.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import { images, multipart, post, reading, READ_TOKEN, sampleRequest, startIntake } from './helpers.js';

describe('intake server', () => {
  let server;
  before(async () => (server = await startIntake({ allowedOrigins: ['https://partner.example'] })));
  after(() => server.close());

  it('stores a valid request once and answers 201 with a reference', async () => {
    const response = await post(server.base, sampleRequest(), { key: 'same-key-123' });
    assert.equal(response.status, 201);
    const { reference } = await response.json();
    assert.match(reference, /^MQ-[2-9A-Z]{8}$/);
    const again = await post(server.base, sampleRequest(), { key: 'same-key-123' });
    assert.equal(again.status, 200);
    assert.deepEqual(await again.json(), { reference });
    assert.equal(server.count(), 1);
    const stored = JSON.parse(server.db().prepare('SELECT request FROM quotes WHERE reference = ?').get(reference).request);
    assert.equal(stored.consents.transfer.text, sampleRequest().consents.transfer.text);
  });

  it('answers 422 with field errors in the documented shape', async () => {
    const response = await post(server.base, sampleRequest({ phone: '0151 234', email: 'not-an-email' }));
    assert.equal(response.status, 422);
    const { errors } = await response.json();
    assert.deepEqual(errors.map((error) => error.path).sort(), ['email', 'phone']);
    assert.ok(errors.every((error) => typeof error.message === 'string' && error.message));
  });

  it('refuses health details without their consent', async () => {
    const request = sampleRequest();
    delete request.consents.health;
    const response = await post(server.base, request);
    assert.equal(response.status, 422);
    assert.deepEqual((await response.json()).errors, [{ path: 'consents.health', message: 'health details need the health consent' }]);
  });

  it('refuses control characters and bidi overrides in single-line fields', async () => {
    for (const name of ['Ada\u0000Patient', 'Ada\u001bPatient', 'Ada \u202ePatient', 'Ada\nPatient']) {
      const response = await post(server.base, sampleRequest({ name }));
      assert.equal(response.status, 422, JSON.stringify(name));
      assert.equal((await response.json()).errors[0].path, 'name');
    }
  });

  it('requires an Idempotency-Key and refuses automated-looking requests', async () => {
    const missing = await fetch(`${server.base}/api/quotes`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(sampleRequest()) });
    assert.equal(missing.status, 400);
    assert.equal((await post(server.base, sampleRequest({ fillMs: 200 }))).status, 400);
  });

  it('stores photos sent as multipart/form-data', async () => {
    const jpeg = images.jpeg(7);
    const response = await post(server.base, multipart(sampleRequest(), [{ name: 'cheek.jpg', bytes: jpeg }]));
    assert.equal(response.status, 201);
    const { reference } = await response.json();
    assert.equal((await fetch(`${server.base}/api/quotes/${reference}/photos/0`)).status, 401);
    const photo = await fetch(`${server.base}/api/quotes/${reference}/photos/0`, reading);
    assert.equal(photo.headers.get('content-type'), 'image/jpeg');
    assert.deepEqual(Buffer.from(await photo.arrayBuffer()), jpeg);
  });

  it('allows only the configured origins', async () => {
    const allowed = await fetch(`${server.base}/api/quotes`, { method: 'OPTIONS', headers: { origin: 'https://partner.example', 'access-control-request-method': 'POST' } });
    assert.equal(allowed.status, 204);
    assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://partner.example');
    assert.equal((await post(server.base, sampleRequest(), { headers: { origin: 'https://evil.example' } })).status, 403);
    const posted = await post(server.base, sampleRequest(), { headers: { origin: 'https://partner.example' } });
    assert.equal(posted.status, 201);
    assert.equal(posted.headers.get('access-control-allow-origin'), 'https://partner.example');
  });

  it('lists stored requests, newest first, only to whoever holds the read token', async () => {
    for (const authorization of [undefined, 'Bearer wrong-token-value', `Bearer ${READ_TOKEN}x`, READ_TOKEN]) {
      const refused = await fetch(`${server.base}/api/quotes`, { headers: authorization ? { authorization } : {} });
      assert.equal(refused.status, 401, String(authorization));
      assert.equal(refused.headers.get('www-authenticate'), 'Bearer');
    }
    const newest = await (await post(server.base, sampleRequest({ name: 'Newest Patient' }))).json();
    const { quotes, total, next } = await (await fetch(`${server.base}/api/quotes`, reading)).json();
    assert.equal(total, server.count());
    assert.equal(quotes.length, total);
    assert.equal(next, null);
    assert.deepEqual(Object.keys(quotes[0]).sort(), ['forwarding', 'photos', 'receivedAt', 'reference', 'request']);
    assert.equal(quotes[0].forwarding, null, 'not forwarded: no webhook is set up');
    assert.equal(quotes[0].reference, newest.reference);
    assert.equal(quotes[0].request.name, 'Newest Patient');
    assert.ok(!Number.isNaN(Date.parse(quotes[0].receivedAt)));
  });

  it('lets nobody read anything when set up without a read token', async () => {
    const closed = await startIntake({ readToken: undefined });
    try {
      assert.equal((await fetch(`${closed.base}/api/quotes`, { headers: { authorization: 'Bearer ' } })).status, 401);
      assert.equal((await fetch(`${closed.base}/api/quotes`, { headers: { authorization: 'Bearer undefined' } })).status, 401);
    } finally {
      await closed.close();
    }
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
