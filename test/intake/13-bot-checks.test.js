// Finding 13 (server side): captchaToken was never verified and fillMs was the client's word.
// A verifyCaptcha(token) hook in the options (here a fake verifier), and a fill-time ticket the
// server signs when the patient starts (the contract in /work/coord/README.md, "Fill-time ticket").
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newKey, post, sampleRequest, startIntake } from './helpers.js';

describe('verifyCaptcha (finding 13)', () => {
  it('stores a request only when the verifier accepts its token', async () => {
    const checked = [];
    const verifyCaptcha = async (token, { client }) => {
      checked.push([token, client]);
      return token === 'good-token';
    };
    const server = await startIntake({ verifyCaptcha });
    try {
      const refused = await post(server.base, sampleRequest({ captchaToken: 'bad-token' }));
      assert.equal(refused.status, 400);
      assert.equal((await refused.json()).code, 'captcha-failed');
      const missing = await post(server.base, sampleRequest());
      assert.equal(missing.status, 400);
      const key = newKey();
      assert.equal((await post(server.base, sampleRequest({ captchaToken: 'good-token' }), { key })).status, 201);
      assert.deepEqual(checked, [['bad-token', '127.0.0.1'], [undefined, '127.0.0.1'], ['good-token', '127.0.0.1']]);
      // A retry of the stored request is answered without a second check (tokens are single-use).
      assert.equal((await post(server.base, sampleRequest({ captchaToken: 'good-token' }), { key })).status, 200);
      assert.equal(checked.length, 3);
      assert.equal(server.count(), 1);
    } finally {
      await server.close();
    }
  });

  it('answers 503 with Retry-After when the verifier fails, so the form retries', async () => {
    const server = await startIntake({ verifyCaptcha: async () => { throw new Error('provider down'); } });
    try {
      const response = await post(server.base, sampleRequest({ captchaToken: 'token' }));
      assert.equal(response.status, 503);
      assert.equal((await response.json()).code, 'captcha-unavailable');
      assert.ok(Number(response.headers.get('retry-after')) > 0);
      assert.equal(server.count(), 0);
    } finally {
      await server.close();
    }
  });
});

describe('the fill-time ticket (finding 13)', () => {
  async function withClock(test) {
    const clock = { now: Date.parse('2026-06-01T12:00:00Z') };
    const server = await startIntake({ minFillMs: 1500, now: () => clock.now, allowedOrigins: ['https://partner.example'] });
    try {
      await test(server, clock);
    } finally {
      await server.close();
    }
  }
  const ticketFrom = async (server) => {
    const response = await fetch(`${server.base}/api/quotes/ticket`, { headers: { origin: 'https://partner.example' } });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.equal(response.headers.get('access-control-allow-origin'), 'https://partner.example');
    const { ticket } = await response.json();
    assert.match(ticket, /^\d{13}\.[\w-]{43}$/);
    return ticket;
  };

  it('refuses a request sent sooner than minFillMs after its ticket, whatever fillMs claims', async () => {
    await withClock(async (server, clock) => {
      const ticket = await ticketFrom(server);
      clock.now += 1000;
      const early = await post(server.base, sampleRequest({ ticket, fillMs: 600_000 }));
      assert.equal(early.status, 400);
      assert.equal((await early.json()).code, 'too-fast');
      clock.now += 1000;
      assert.equal((await post(server.base, sampleRequest({ ticket, fillMs: 0 }))).status, 201);
    });
  });

  it('refuses forged, altered and expired tickets the same way', async () => {
    await withClock(async (server, clock) => {
      const ticket = await ticketFrom(server);
      const [issuedAt, signature] = ticket.split('.');
      clock.now += 60_000;
      const forged = [`${Number(issuedAt) - 60_000}.${signature}`, `${issuedAt}.${signature[0] === 'A' ? 'B' : 'A'}${signature.slice(1)}`, `${issuedAt}.x`, 'nonsense'];
      for (const bad of forged) {
        const response = await post(server.base, sampleRequest({ ticket: bad }));
        assert.equal(response.status, 400, bad);
        assert.equal((await response.json()).code, 'too-fast', bad);
      }
      clock.now += 8 * 24 * 60 * 60 * 1000;
      assert.equal((await post(server.base, sampleRequest({ ticket }))).status, 400, 'expired');
    });
  });

  it('keeps tickets valid across a restart (the secret is in the data directory)', async () => {
    const first = await startIntake({ minFillMs: 0 });
    const { ticket } = await (await fetch(`${first.base}/api/quotes/ticket`)).json();
    const again = await startIntake({ dataDir: first.dataDir, minFillMs: 0 });
    try {
      assert.equal((await post(again.base, sampleRequest({ ticket }))).status, 201);
    } finally {
      await again.close();
      await first.close();
    }
  });

  it('falls back to fillMs without a ticket', async () => {
    await withClock(async (server) => {
      const response = await post(server.base, sampleRequest({ fillMs: 200 }));
      assert.equal(response.status, 400);
      assert.equal((await response.json()).code, 'too-fast');
      assert.equal((await post(server.base, sampleRequest({ fillMs: 2000 }))).status, 201);
    });
  });
});
