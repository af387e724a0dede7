// Slow uplinks and slowloris-style clients: a client that stalls is cut off (408) and frees its
// resources; one that is merely slow gets through, however long its upload takes in total; one
// that trickles its headers does not hold the server. (Finding 7's server side; short timeouts here.)
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { images, multipart, post, rawRequest, sampleRequest, startIntake } from './helpers.js';

describe('slow and stalled clients', () => {
  let server;
  before(async () => {
    server = await startIntake({
      stall: { stallMs: 600, stallBytes: 1024 },
      timeouts: { headersTimeout: 1000, requestTimeout: 60_000, checkEveryMs: 200 },
    });
  });
  after(() => server.close());

  it('cuts off a body that stalls with 408, and keeps serving others meanwhile', async () => {
    const body = JSON.stringify(sampleRequest());
    const started = Date.now();
    const stalled = rawRequest(
      server.port,
      `POST /api/quotes HTTP/1.1\r\nHost: 127.0.0.1\r\nIdempotency-Key: stalled-body-1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 100)}`,
      { waitMs: 5000 },
    );
    assert.equal((await post(server.base, sampleRequest())).status, 201);
    const answer = await stalled;
    assert.match(answer, /^HTTP\/1\.1 408 /);
    assert.ok(Date.now() - started < 3000, `cut off after ${Date.now() - started} ms`);
  });

  it('lets a slow but steady upload finish, long after the stall timeout', async () => {
    const form = multipart(sampleRequest(), [{ name: 'scar.jpg', bytes: images.jpeg(48 * 1024) }]);
    const request = new Request('http://x/', { method: 'POST', body: form });
    const bytes = Buffer.from(await request.arrayBuffer());
    const answer = await new Promise((resolve, reject) => {
      const socket = connect(server.port, '127.0.0.1', async () => {
        socket.write(
          `POST /api/quotes HTTP/1.1\r\nHost: 127.0.0.1\r\nIdempotency-Key: slow-upload-1\r\nContent-Type: ${request.headers.get('content-type')}\r\nContent-Length: ${bytes.length}\r\nConnection: close\r\n\r\n`,
        );
        // 2 KiB every 100 ms: ~20 KiB/s, for about 2.5 s (four stall periods).
        for (let offset = 0; offset < bytes.length; offset += 2048) {
          socket.write(bytes.subarray(offset, offset + 2048));
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      });
      let received = '';
      socket.on('data', (chunk) => (received += chunk));
      socket.on('close', () => resolve(received));
      socket.on('error', reject);
    });
    assert.match(answer, /^HTTP\/1\.1 201 /);
  });

  it('closes a connection whose headers trickle in (slowloris), and keeps serving others', async () => {
    const started = Date.now();
    const closed = new Promise((resolve) => {
      const socket = connect(server.port, '127.0.0.1', () => socket.write('POST /api/quotes HTTP/1.1\r\nHost: 127.0.0.1\r\n'));
      const drip = setInterval(() => socket.writable && socket.write('X-a: b\r\n'), 200);
      let received = '';
      socket.on('data', (chunk) => (received += chunk));
      socket.on('error', () => {});
      socket.on('close', () => {
        clearInterval(drip);
        resolve(received);
      });
    });
    assert.equal((await post(server.base, sampleRequest())).status, 201);
    const answer = await closed;
    assert.ok(Date.now() - started < 4000, `closed after ${Date.now() - started} ms`);
    assert.match(answer, /^(HTTP\/1\.1 408 |$)/);
  });
});
