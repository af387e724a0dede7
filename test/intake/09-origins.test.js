// Finding 9: same-origin assumed http (`Origin: https://clinic.example` with `Host:
// clinic.example` got 403) and trusted the Host header. Origins now come from configuration.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { post, rawRequest, sampleRequest, startIntake } from './helpers.js';

describe('CORS and same-origin from the configured origins (finding 9)', () => {
  let server;
  before(async () => {
    server = await startIntake({ publicOrigins: (own) => ['https://clinic.example', own], allowedOrigins: ['https://partner.example'] });
  });
  after(() => server.close());

  /** A POST as a browser behind a TLS-terminating proxy would send it, with this Host and Origin. */
  const postAs = (host, origin) =>
    rawRequest(
      server.port,
      `POST /api/quotes HTTP/1.1\r\nHost: ${host}\r\nOrigin: ${origin}\r\nIdempotency-Key: origin-${Math.random().toString(36).slice(2)}\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(JSON.stringify(sampleRequest()))}\r\nConnection: close\r\n\r\n${JSON.stringify(sampleRequest())}`,
    );

  it('takes a page from its own https origin as same-origin', async () => {
    const answer = await postAs('clinic.example', 'https://clinic.example');
    assert.match(answer, /^HTTP\/1\.1 201 /);
    assert.doesNotMatch(answer, /access-control-allow-origin/i);
  });

  it('does not take the Host header as proof of same origin', async () => {
    // A page on evil.example, resolved to this server: Host and Origin agree, and both are refused.
    assert.match(await postAs('evil.example', 'http://evil.example'), /^HTTP\/1\.1 421 /);
    // The right Host with a foreign Origin.
    assert.match(await postAs('clinic.example', 'http://clinic.example.evil.example'), /^HTTP\/1\.1 403 /);
    assert.match(await postAs('clinic.example', 'http://clinic.example'), /^HTTP\/1\.1 403 /); // http is not the configured origin
    assert.match(await postAs('clinic.example', 'null'), /^HTTP\/1\.1 403 /);
  });

  it('refuses a Host that is more than a host name and port, even when a parser would find a known host in it', async () => {
    for (const host of ['clinic.example/x', 'clinic.example?x', 'clinic.example#x', 'evil.example@clinic.example', 'clinic.example\\x', `127.0.0.1:${server.port}/`]) {
      assert.match(await postAs(host, 'https://clinic.example'), /^HTTP\/1\.1 (400|421) /, host);
    }
  });

  it('answers CORS for the allowed origins only, preflight and ticket included', async () => {
    const preflight = await fetch(`${server.base}/api/quotes`, {
      method: 'OPTIONS',
      headers: { origin: 'https://partner.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, idempotency-key' },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), 'https://partner.example');
    assert.match(preflight.headers.get('access-control-allow-headers'), /idempotency-key/);
    assert.match(preflight.headers.get('vary'), /Origin/);
    const posted = await post(server.base, sampleRequest(), { headers: { origin: 'https://partner.example' } });
    assert.equal(posted.status, 201);
    assert.equal(posted.headers.get('access-control-allow-origin'), 'https://partner.example');
    assert.match(posted.headers.get('access-control-expose-headers'), /Retry-After/i);
    const ticket = await fetch(`${server.base}/api/quotes/ticket`, { headers: { origin: 'https://partner.example' } });
    assert.equal(ticket.headers.get('access-control-allow-origin'), 'https://partner.example');
    for (const origin of ['https://evil.example', 'http://partner.example', 'https://partner.example.evil.example']) {
      const denied = await post(server.base, sampleRequest(), { headers: { origin } });
      assert.equal(denied.status, 403, origin);
      assert.equal(denied.headers.get('access-control-allow-origin'), null);
    }
  });

  it('never shares stored requests across origins', async () => {
    const list = await fetch(`${server.base}/api/quotes`, { headers: { origin: 'https://partner.example', authorization: 'Bearer test-read-token' } });
    assert.equal(list.status, 200);
    assert.equal(list.headers.get('access-control-allow-origin'), null);
  });
});
