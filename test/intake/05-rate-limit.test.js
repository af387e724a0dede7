// Finding 5: the rate limiter was itself a memory leak (addresses never forgotten, refusals
// recorded too, a scan of the whole list per check), and behind a reverse proxy every patient
// shared one bucket.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { post, sampleRequest, startIntake } from './helpers.js';

describe('rate limiting in bounded memory (finding 5)', () => {
  it('forgets clients when their window ends, tracks at most its cap, and checks in constant time', async () => {
    const { createWindowCounter } = await import('../../dist/intake/rate-limit.js');
    const counter = createWindowCounter({ limit: 30, windowMs: 60_000, maxClients: 100_000 });
    const address = (i) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
    let now = 0;
    // CPU time, not wall time: on a shared machine the wall clock also counts other processes' turns.
    const started = process.cpuUsage();
    for (let i = 0; i < 500_000; i++) assert.equal(counter.take(address(i), 1, now), 0);
    const used = process.cpuUsage(started);
    const elapsed = (used.user + used.system) / 1000;
    assert.equal(counter.size, 100_000);
    assert.ok(elapsed < 5000, `500,000 checks took ${elapsed.toFixed(0)} ms of CPU`);
    // Clients tracked before the cap are still counted.
    for (let i = 1; i < 30; i++) counter.take(address(7), 1, now);
    assert.ok(counter.take(address(7), 1, now) > 0);
    now += 60_000;
    assert.equal(counter.take('192.0.2.1', 1, now), 0);
    assert.equal(counter.size, 1, 'the ended window was dropped');
    assert.equal(counter.take(address(7), 1, now), 0);
  });

  it('does not count refused requests, so a client that keeps trying is let in when its window ends', async () => {
    let clock = Date.parse('2026-06-01T12:00:00Z');
    const server = await startIntake({ requestsPerMinute: 2, now: () => clock });
    try {
      const statuses = [];
      for (let i = 0; i < 6; i++) statuses.push((await post(server.base, sampleRequest())).status);
      assert.deepEqual(statuses, [201, 201, 429, 429, 429, 429]);
      const refused = await post(server.base, sampleRequest());
      assert.equal(refused.headers.get('retry-after'), '60');
      clock += 60_000;
      assert.equal((await post(server.base, sampleRequest())).status, 201);
      assert.equal((await post(server.base, sampleRequest())).status, 201);
      assert.equal((await post(server.base, sampleRequest())).status, 429);
    } finally {
      await server.close();
    }
  });

  it('counts an IPv6 /64 as one client, and IPv4-mapped addresses as IPv4', async () => {
    const { clientKey } = await import('../../dist/intake/addresses.js');
    assert.equal(clientKey('2001:db8:1:2:aaaa::1'), clientKey('2001:0db8:0001:0002:ffff:ffff:ffff:ffff'));
    assert.notEqual(clientKey('2001:db8:1:2::1'), clientKey('2001:db8:1:3::1'));
    assert.equal(clientKey('::ffff:192.0.2.7'), '192.0.2.7');
    assert.equal(clientKey('2001:db8::1'), clientKey('2001:db8:0:0:1::'));
    assert.equal(clientKey('::1'), clientKey('0:0:0:0:0:0:0:1'));
    assert.equal(clientKey('64:ff9b::192.0.2.33'), clientKey('64:ff9b::1'));
  });

  it('believes X-Forwarded-For only from the trusted proxies it is configured with', async () => {
    const send = (server, forwardedFor) => post(server.base, sampleRequest(), { headers: { 'x-forwarded-for': forwardedFor } });
    // Not configured: the header is the client's word; all of these are one client (the socket's address).
    const direct = await startIntake({ requestsPerMinute: 1 });
    try {
      assert.equal((await send(direct, '198.51.100.1')).status, 201);
      assert.equal((await send(direct, '198.51.100.2')).status, 429);
    } finally {
      await direct.close();
    }
    // Behind a proxy on 127.0.0.1: each patient is counted on their own, by the address the proxy saw.
    const proxied = await startIntake({ requestsPerMinute: 1, trustedProxies: ['127.0.0.1', '10.0.0.0/8'] });
    try {
      assert.equal((await send(proxied, '198.51.100.1')).status, 201);
      assert.equal((await send(proxied, '198.51.100.2')).status, 201);
      assert.equal((await send(proxied, '198.51.100.1')).status, 429);
      // A client cannot pick its address by writing one in front: the proxy appended the real one.
      assert.equal((await send(proxied, '203.0.113.9, 198.51.100.1')).status, 429);
      // Several trusted hops are skipped; IPv6 patients of one /64 share a bucket.
      assert.equal((await send(proxied, '2001:db8:5:5::1, 10.1.2.3')).status, 201);
      assert.equal((await send(proxied, '2001:db8:5:5::2')).status, 429);
    } finally {
      await proxied.close();
    }
  });
});
