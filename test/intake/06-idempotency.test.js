// Finding 6: a patient's correction was silently dropped (the same Idempotency-Key with a
// different body returned the first reference and stored nothing). The key is now kept with a
// hash of the request (the contract in /work/coord/README.md, "Idempotency").
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { images, multipart, newKey, post, sampleRequest, startIntake, tempDir } from './helpers.js';

describe('idempotency with body hashes (finding 6)', () => {
  let server;
  before(async () => (server = await startIntake()));
  after(() => server.close());

  it('refuses the same key with another body (422 idempotency-key-reused), storing nothing', async () => {
    const key = newKey();
    const first = await post(server.base, sampleRequest({ phone: '+4915123456789' }), { key });
    assert.equal(first.status, 201);
    const corrected = await post(server.base, sampleRequest({ phone: '+4915199999999' }), { key });
    assert.equal(corrected.status, 422);
    const body = await corrected.json();
    assert.equal(body.code, 'idempotency-key-reused');
    assert.equal(body.errors[0].path, '');
    assert.ok(body.errors[0].message);
    assert.equal(server.count(), 1);
    // With a new key (what the form does on this answer) the correction is stored.
    assert.equal((await post(server.base, sampleRequest({ phone: '+4915199999999' }))).status, 201);
    assert.equal(server.count(), 2);
  });

  it('answers a retry of the same request with its reference, whatever the fill time, ticket or consent times', async () => {
    const key = newKey();
    const first = await post(server.base, sampleRequest({ fillMs: 60_000 }), { key });
    const { reference } = await first.json();
    const later = new Date(Date.now() + 5000).toISOString();
    const retry = sampleRequest({ fillMs: 75_000, captchaToken: 'another-token', ticket: 'x.y' });
    for (const consent of Object.values(retry.consents)) consent.at = later;
    const again = await post(server.base, retry, { key });
    assert.equal(again.status, 200);
    assert.deepEqual(await again.json(), { reference });
    // Unknown keys are dropped by the schema, so they do not make it another request either.
    assert.equal((await post(server.base, { ...sampleRequest(), extra: 1 }, { key })).status, 200);
  });

  it('counts the photos bytes in: the same key with another photo is another request', async () => {
    const key = newKey();
    const first = await post(server.base, multipart(sampleRequest(), [{ name: 'a.jpg', bytes: images.jpeg(100) }]), { key });
    assert.equal(first.status, 201);
    const same = await post(server.base, multipart(sampleRequest(), [{ name: 'a.jpg', bytes: images.jpeg(100) }]), { key });
    assert.equal(same.status, 200);
    const other = images.jpeg(100);
    other[50] = 1;
    const changed = await post(server.base, multipart(sampleRequest(), [{ name: 'a.jpg', bytes: other }]), { key });
    assert.equal(changed.status, 422);
    assert.equal((await changed.json()).code, 'idempotency-key-reused');
  });

  it('stores one row for 20 concurrent posts with one key, never answering 5xx', async () => {
    const before = server.count();
    const key = newKey();
    const answers = await Promise.all(Array.from({ length: 20 }, () => post(server.base, sampleRequest(), { key })));
    const statuses = answers.map((answer) => answer.status);
    assert.equal(statuses.filter((status) => status === 201).length, 1, statuses.join(' '));
    assert.ok(statuses.every((status) => [200, 201, 409].includes(status)), statuses.join(' '));
    const references = new Set();
    for (const answer of answers) if (answer.status < 300) references.add((await answer.json()).reference);
    assert.equal(references.size, 1);
    assert.equal(server.count(), before + 1);
  });
});

describe('a key still being processed (finding 6)', () => {
  it('answers 409 request-in-progress with Retry-After: 1, then the first answer once it is done', async () => {
    let release;
    const held = new Promise((resolve) => (release = resolve));
    const server = await startIntake({ verifyCaptcha: async () => held.then(() => true) });
    try {
      const key = newKey();
      const request = sampleRequest({ captchaToken: 'token' });
      const first = post(server.base, request, { key });
      await new Promise((resolve) => setTimeout(resolve, 200)); // the first is waiting for its CAPTCHA check
      const second = await post(server.base, request, { key });
      assert.equal(second.status, 409);
      assert.equal(second.headers.get('retry-after'), '1');
      const body = await second.json();
      assert.equal(body.code, 'request-in-progress');
      assert.ok(body.errors[0].message);
      // Another body under the key while the first is in progress: also 409 (not yet known to differ).
      assert.equal((await post(server.base, sampleRequest({ captchaToken: 'token', phone: '+4915100000000' }), { key })).status, 409);
      release();
      const { reference } = await (await first).json();
      const third = await post(server.base, request, { key });
      assert.equal(third.status, 200);
      assert.deepEqual(await third.json(), { reference });
      assert.equal(server.count(), 1);
    } finally {
      release();
      await server.close();
    }
  });

  it('stores many concurrent requests once each, and one key sent with two bodies through two servers once', async () => {
    const first = await startIntake();
    const second = await startIntake({ dataDir: first.dataDir });
    try {
      const shared = newKey();
      const sends = [
        ...Array.from({ length: 20 }, (_, i) => post((i % 2 ? first : second).base, sampleRequest({ name: `Patient Number${i}` }))),
        // One key, two different bodies, through both servers at once: their writes can meet in one batch.
        ...Array.from({ length: 10 }, (_, i) => post((i % 2 ? first : second).base, sampleRequest({ phone: i % 2 ? '+4915111111111' : '+4915122222222' }), { key: shared })),
      ];
      const answers = await Promise.all(sends);
      const statuses = answers.map((answer) => answer.status);
      assert.deepEqual(statuses.slice(0, 20), Array(20).fill(201));
      const sharedStatuses = statuses.slice(20);
      assert.equal(sharedStatuses.filter((status) => status === 201).length, 1, sharedStatuses.join(' '));
      assert.ok(sharedStatuses.every((status) => [200, 201, 409, 422].includes(status)), sharedStatuses.join(' '));
      assert.equal(first.count(), 21);
    } finally {
      await second.close();
      await first.close();
    }
  });

  it('writes requests that arrive together in one batch, and a refused one does not undo the others', async () => {
    const { sqliteStore } = await import('medquote/intake');
    const dataDir = tempDir();
    const store = sqliteStore(join(dataDir, 'quotes.sqlite'));
    await store.open();
    try {
      const photo = { name: 'a.jpg', type: 'image/jpeg', size: 64, blobKey: 'ab'.repeat(32) };
      const record = (key, bodyHash, name) => ({ key, bodyHash, receivedAt: Date.now(), origin: null, request: { name }, photos: [photo], forward: false });
      const results = await Promise.allSettled([
        store.save(record('batch-key-a', 'hash-a', 'A')),
        store.save(record('batch-key-x', 'hash-x1', 'X1')),
        store.save(record('batch-key-x', 'hash-x2', 'X2')), // the same key, another request: refused
        store.save(record('batch-key-x', 'hash-x1', 'X1')), // the same request again: its reference
        store.save(record('batch-key-b', 'hash-b', 'B')),
      ]);
      assert.deepEqual(results.map((result) => result.status), ['fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
      assert.equal(results[2].reason.code, 'idempotency-key-reused');
      assert.equal(results[3].value.reference, results[1].value.reference);
      assert.equal(results[3].value.replayed, true);
      const db = store.database();
      assert.equal(db.prepare('SELECT count(*) AS n FROM quotes').get().n, 3);
      assert.equal(db.prepare('SELECT count(*) AS n FROM photos').get().n, 3);
      assert.equal(db.pragma('synchronous', { simple: true }), 2, 'FULL: each batch is on the disk before its answers');
    } finally {
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('lets two servers sharing one database file store one row for one key', async () => {
    const first = await startIntake();
    const second = await startIntake({ dataDir: first.dataDir });
    try {
      const key = newKey();
      const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => post((i % 2 ? first : second).base, sampleRequest(), { key })));
      const statuses = answers.map((answer) => answer.status).sort();
      assert.equal(statuses.filter((status) => status === 201).length, 1, statuses.join(' '));
      assert.ok(statuses.every((status) => status < 500), statuses.join(' '));
      assert.equal(first.count(), 1);
    } finally {
      await second.close();
      await first.close();
    }
  });
});
