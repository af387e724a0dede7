// Finding 10: the read token leaked (npm start printed it in a URL; the list page left #token= in
// the address bar and history; "Bearer" was matched case-sensitively). The list page's part is
// tested in a browser (requests-page.test.ts).
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { demoToken, startDemo } from './helpers.js';

describe('the read token stays out of URLs and logs (finding 10)', () => {
  let demo;
  let token;
  before(async () => {
    demo = await startDemo();
    token = demoToken(demo);
  });
  after(() => demo.stop());

  it('prints where the token file is, never the token', () => {
    assert.ok(token.length >= 32);
    assert.ok(!demo.output.includes(token), demo.output);
    assert.doesNotMatch(demo.output, /#token=/);
    assert.ok(demo.output.includes(join(demo.dataDir, 'read-token')), demo.output);
  });

  it('keeps the token file readable by its owner only', () => {
    assert.equal(statSync(join(demo.dataDir, 'read-token')).mode & 0o777, 0o600);
  });

  it('takes "Bearer" in any case, and nothing else', async () => {
    for (const scheme of ['Bearer', 'bearer', 'BEARER', 'bEaReR']) {
      assert.equal((await fetch(`${demo.base}/api/quotes`, { headers: { authorization: `${scheme} ${token}` } })).status, 200, scheme);
    }
    for (const authorization of [token, `Basic ${token}`, `Bearer ${token}x`, `Bearer ${token.slice(1)}`, 'Bearer', `Bearer${token}`]) {
      assert.equal((await fetch(`${demo.base}/api/quotes`, { headers: { authorization } })).status, 401, authorization);
    }
    // Not in the query string either.
    assert.equal((await fetch(`${demo.base}/api/quotes?token=${token}`)).status, 401);
  });

  it('keeps the same token across restarts, and takes MQ_READ_TOKEN instead when it is set', async () => {
    const restarted = await startDemo({ MQ_DATA_DIR: demo.dataDir });
    try {
      assert.equal((await fetch(`${restarted.base}/api/quotes`, { headers: { authorization: `Bearer ${token}` } })).status, 200);
    } finally {
      await restarted.stop();
    }
    const fromEnvironment = await startDemo({ MQ_READ_TOKEN: 'a-token-from-the-environment-0123456789' });
    try {
      assert.match(fromEnvironment.output, /read token: MQ_READ_TOKEN/);
      const authorization = 'Bearer a-token-from-the-environment-0123456789';
      assert.equal((await fetch(`${fromEnvironment.base}/api/quotes`, { headers: { authorization } })).status, 200);
    } finally {
      await fromEnvironment.stop();
    }
  });
});
