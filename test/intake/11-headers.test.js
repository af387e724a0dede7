// Finding 11: no frame-ancestors, base-uri, form-action or object-src 'none' in the CSP; no
// nosniff or Referrer-Policy on static files; error responses carried no CSP. Every response of
// `node demo/serve.js` is checked, errors and raw-socket answers included.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoToken, images, multipart, post, rawRequest, sampleRequest, startDemo } from './helpers.js';

function assertSecurityHeaders(headers, what) {
  const csp = headers.get('content-security-policy') ?? '';
  for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'", 'form-action']) {
    assert.ok(csp.includes(directive), `${what}: CSP without ${directive}: ${csp}`);
  }
  assert.equal(headers.get('x-content-type-options'), 'nosniff', what);
  assert.equal(headers.get('referrer-policy'), 'no-referrer', what);
}

/** Header lines of a raw HTTP answer, as a Headers object. */
const rawHeaders = (answer) => new Headers(answer.split('\r\n\r\n')[0].split('\r\n').slice(1).map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]));

describe('security headers on every response (finding 11)', () => {
  let demo;
  let reading;
  before(async () => {
    demo = await startDemo();
    reading = { headers: { authorization: `Bearer ${demoToken(demo)}` } };
  });
  after(() => demo.stop());

  it('sends them with pages, scripts, styles and 404s', async () => {
    for (const path of ['/', '/index.html', '/requests.html', '/requests.js', '/app.js', '/clinic.css', '/cdn/medquote.js', '/cdn/cloak.css', '/nothing-here', '/cdn/nothing.js']) {
      const response = await fetch(`${demo.base}${path}`);
      assertSecurityHeaders(response.headers, `GET ${path} (${response.status})`);
    }
    const page = await fetch(`${demo.base}/`);
    assert.match(page.headers.get('content-security-policy'), /script-src 'self'/);
  });

  it('sends them with every API answer, errors included', async () => {
    const stored = await post(demo.base, multipart(sampleRequest(), [{ name: 'a.jpg', bytes: images.jpeg() }]));
    const { reference } = await stored.json();
    const answers = {
      '201': stored,
      '200 list': await fetch(`${demo.base}/api/quotes`, reading),
      '200 photo': await fetch(`${demo.base}/api/quotes/${reference}/photos/0`, reading),
      '200 ticket': await fetch(`${demo.base}/api/quotes/ticket`),
      '204 preflight': await fetch(`${demo.base}/api/quotes`, { method: 'OPTIONS' }),
      '400': await post(demo.base, '{', { headers: { 'content-type': 'application/json' } }),
      '401': await fetch(`${demo.base}/api/quotes`),
      '403': await post(demo.base, sampleRequest(), { headers: { origin: 'https://evil.example' } }),
      '404': await fetch(`${demo.base}/api/quotes/MQ-NOTHING0/photos/0`, reading),
      '413': await post(demo.base, 'x'.repeat(70_000), { headers: { 'content-type': 'application/json' } }),
      '415': await post(demo.base, 'x', { headers: { 'content-type': 'text/plain' } }),
      '422': await post(demo.base, sampleRequest({ email: 'no' })),
    };
    for (const [what, response] of Object.entries(answers)) {
      assert.equal(String(response.status), what.split(' ')[0], what);
      assertSecurityHeaders(response.headers, what);
    }
  });

  it('sends them with answers to requests that could not be read', async () => {
    for (const text of [`GET /%E0%A4%A HTTP/1.1\r\nHost: 127.0.0.1:${demo.port}\r\n\r\n`, 'NONSENSE\r\n\r\n', `GET / HTTP/1.1\r\nHost: evil.example\r\n\r\n`]) {
      const answer = await rawRequest(demo.port, text, { waitMs: 1000 });
      assert.match(answer, /^HTTP\/1\.1 4\d\d /);
      assertSecurityHeaders(rawHeaders(answer), JSON.stringify(text));
    }
  });
});
