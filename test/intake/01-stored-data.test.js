// Finding 1: the database was downloadable without the token (demo/data/ sat in the served
// folder), also under a forged Host (DNS rebinding). Against `node demo/serve.js` as npm start runs it.
import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { post, rawRequest, sampleRequest, startDemo } from './helpers.js';

describe('stored data is not served (finding 1)', () => {
  let demo;
  before(async () => {
    demo = await startDemo();
    // Something to steal: a stored request with a recognisable name.
    assert.equal((await post(demo.base, sampleRequest({ name: 'Secret Patientname' }))).status, 201);
  });
  after(() => demo.stop());

  it('keeps the database in MQ_DATA_DIR', () => {
    assert.ok(readdirSync(demo.dataDir).includes('quotes.sqlite'), readdirSync(demo.dataDir).join(', '));
  });

  it('creates the data directory on the first start, for its owner only', async () => {
    const fresh = join(demo.dataDir, 'not', 'there', 'yet');
    const first = await startDemo({ MQ_DATA_DIR: fresh });
    try {
      assert.equal(statSync(fresh).mode & 0o777, 0o700);
      assert.deepEqual(readdirSync(fresh).filter((name) => !name.startsWith('quotes.sqlite-')).sort(), ['quotes.sqlite', 'read-token', 'ticket-secret']);
      assert.equal((await post(first.base, sampleRequest())).status, 201);
    } finally {
      await first.stop();
    }
  });

  it('answers no path to a database file, its WAL or its secrets', async () => {
    const names = ['quotes.sqlite', 'quotes.sqlite-wal', 'quotes.sqlite-shm', 'read-token', 'ticket-secret'];
    const folders = ['/data/', '/demo/data/', '/intake-data/', '/../intake-data/', '/%2e%2e/intake-data/', '/..%2fintake-data/', '/cdn/../../intake-data/', '/cdn/..%2f..%2fintake-data/'];
    for (const folder of folders) {
      for (const name of names) {
        const path = `${folder}${name}`;
        // Raw, so no client tidies up the dots first.
        const answer = await rawRequest(demo.port, `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${demo.port}\r\nConnection: close\r\n\r\n`);
        assert.match(answer, /^HTTP\/1\.1 (400|404) /, path);
        assert.doesNotMatch(answer, /SQLite format|Secret Patientname/, path);
      }
    }
    for (const path of ['/package.json', '/demo/serve.js', '/intake/intake.js', '/serve.js', '/react/main.tsx', '/.git/config']) {
      assert.equal((await fetch(`${demo.base}${path}`)).status, 404, path);
    }
    assert.equal((await fetch(`${demo.base}/`)).status, 200);
    assert.equal((await fetch(`${demo.base}/cdn/medquote.js`)).status, 200);
  });

  it('refuses Host names it is not configured for (DNS rebinding)', async () => {
    for (const path of ['/', '/requests.html', '/api/quotes', '/api/quotes/ticket', '/data/quotes.sqlite']) {
      const answer = await rawRequest(demo.port, `GET ${path} HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n`);
      assert.match(answer, /^HTTP\/1\.1 421 /, path);
    }
    const forgedPost = await rawRequest(
      demo.port,
      `POST /api/quotes HTTP/1.1\r\nHost: attacker.example:${demo.port}\r\nIdempotency-Key: rebinding-key-1\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`,
    );
    assert.match(forgedPost, /^HTTP\/1\.1 421 /);
    // A target in absolute form names its host (RFC 9112), whatever the Host header says.
    for (const path of ['/', '/api/quotes/ticket']) {
      const absolute = await rawRequest(demo.port, `GET http://attacker.example${path} HTTP/1.1\r\nHost: 127.0.0.1:${demo.port}\r\nConnection: close\r\n\r\n`);
      assert.match(absolute, /^HTTP\/1\.1 421 /, `absolute-form ${path}`);
    }
    // HTTP/1.0 may leave Host out: no host is no configured host.
    assert.match(await rawRequest(demo.port, 'GET /api/quotes/ticket HTTP/1.0\r\n\r\n'), /^HTTP\/1\.1 421 /);
    assert.equal((await fetch(`${demo.base}/`, { headers: { host: `localhost:${demo.port}` } })).status, 200);
  });

});
