// Finding 2: one request killed the server (`GET /%E0%A4%A` threw URIError in serve.js; the raw
// request line `GET http://[/x HTTP/1.1` threw ERR_INVALID_URL in intake.js). Every request must
// end in an answer and the process must keep serving. Raw sockets against `node demo/serve.js`.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { rawRequest, startDemo } from './helpers.js';

describe('no request crashes the server (finding 2)', () => {
  let demo;
  before(async () => (demo = await startDemo()));
  after(() => demo.stop());

  const host = () => `Host: 127.0.0.1:${demo.port}\r\nConnection: close\r\n`;

  it('answers 400 to the two requests that killed it, and keeps serving', async () => {
    for (const target of ['/%E0%A4%A', 'http://[/x', '/api/quotes/%E0%A4%A', 'http://[/api/quotes']) {
      const answer = await rawRequest(demo.port, `GET ${target} HTTP/1.1\r\n${host()}\r\n`);
      assert.match(answer, /^HTTP\/1\.1 400 /, target);
      assert.ok(demo.alive(), `the server exited after ${target}: ${demo.output}`);
    }
    const post = await rawRequest(demo.port, `POST http://[/api/quotes HTTP/1.1\r\n${host()}Content-Length: 2\r\n\r\n{}`);
    assert.match(post, /^HTTP\/1\.1 400 /);
    assert.equal((await fetch(`${demo.base}/`)).status, 200);
  });

  it('answers requests Node cannot parse, with the security headers, and keeps serving', async () => {
    const garbage = [
      'GARBAGE\r\n\r\n',
      '\x00\x01\x02\x03\r\n\r\n',
      'GET / HTTP/9.9\r\n\r\n',
      `GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n`,
      `GET / HTTP/1.1\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
      `GET / HTTP/1.1\r\nBad Header\r\n\r\n`,
      `CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: 127.0.0.1:22\r\n\r\n`, // a proxy's method: Node dropped it without a word
    ];
    for (const text of garbage) {
      const answer = await rawRequest(demo.port, text);
      assert.match(answer, /^HTTP\/1\.1 4\d\d /, JSON.stringify(text.slice(0, 40)));
      assert.match(answer, /content-security-policy: [^\r]*frame-ancestors 'none'/i);
      assert.ok(demo.alive());
    }
    assert.equal((await fetch(`${demo.base}/`)).status, 200);
  });

  it('answers bodies that are not what they claim to be', async () => {
    const bodies = [
      ['application/json', '{"name": '],
      ['application/json', '\u0000\u0001'],
      ['multipart/form-data; boundary=x', '--x\r\nnonsense'],
      ['multipart/form-data', 'no boundary at all'],
      ['text/plain', 'hello'],
    ];
    for (const [type, body] of bodies) {
      const answer = await rawRequest(
        demo.port,
        `POST /api/quotes HTTP/1.1\r\n${host()}Idempotency-Key: crash-${type.length}-${body.length}-key\r\nContent-Type: ${type}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
      );
      assert.match(answer, /^HTTP\/1\.1 4\d\d /, `${type}: ${body}`);
    }
    assert.ok(demo.alive());
  });
});
