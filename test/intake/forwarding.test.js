// Forwarding, exactly once (issue 15): every stored request reaches the partner's webhook once,
// signed, with its photos as links that expire, through failures of the webhook and a handler
// process killed and started again in between; on SQLite and on PostgreSQL.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { verifySignature } from 'medquote/intake';
import { freePort, images, multipart, newKey, post, READ_TOKEN, reading, sampleRequest, startIntake, tempDir } from './helpers.js';
import { freshDatabase } from './postgres.js';
import { startWebhook, waitFor } from './webhook.js';

const SECRET = 'whsec-test-0123456789abcdef';

/** The fixture handler process; resolves once it listens. */
async function startProcess(config) {
  const child = spawn(process.execPath, [new URL('./fixtures/intake-process.js', import.meta.url).pathname], {
    env: { ...process.env, MQ_FIXTURE: JSON.stringify(config) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  await new Promise((resolve, reject) => {
    child.stdout.on('data', () => /ready/.test(output) && resolve());
    child.once('exit', (code) => reject(new Error(`the handler process exited (${code}): ${output}`)));
  });
  return {
    child,
    output: () => output,
    kill() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      return exited;
    },
  };
}

/** Fails twice (500, then 503 with Retry-After: 1), then accepts. */
const failTwice = (attempt) => (attempt === 1 ? { status: 500 } : attempt === 2 ? { status: 503, headers: { 'retry-after': '1' } } : { status: 204 });

async function exactlyOnceAcrossARestart(databaseUrl) {
  const dataDir = tempDir();
  const webhook = await startWebhook(failTwice);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const config = { databaseUrl, dataDir, port, readToken: READ_TOKEN, forward: { url: webhook.url, secret: SECRET, backoffMs: 4000, timeoutMs: 5000, pollMs: 100 } };
  let handler = await startProcess(config);
  try {
    const sent = new Map(); // key → { reference, photo }
    for (let i = 0; i < 6; i++) {
      const key = newKey();
      const photo = i % 3 === 0 ? images.jpeg(2048 + i) : null;
      const request = sampleRequest({ name: `Forwarded Patient${i}` });
      const response = await post(base, photo ? multipart(request, [{ name: `scar-${i}.jpg`, bytes: photo }]) : request, { key });
      assert.equal(response.status, 201);
      sent.set(key, { ...(await response.json()), photo });
    }
    // Every request has failed once at the webhook: the staff list shows it, then the process dies.
    await waitFor(() => [...sent.keys()].every((key) => webhook.attempts.some((entry) => entry.key === key)), 15_000, 'a first attempt for each');
    await waitFor(async () => (await (await fetch(`${base}/api/quotes`, reading)).json()).failingDeliveries === sent.size, 10_000, 'the failures to be recorded');
    const list = await (await fetch(`${base}/api/quotes`, reading)).json();
    assert.ok(list.quotes.every((quote) => quote.forwarding.status === 'failing' && quote.forwarding.lastStatus >= 500), JSON.stringify(list.quotes.map((quote) => quote.forwarding)));
    await handler.kill();

    handler = await startProcess(config);
    await waitFor(() => webhook.delivered().size === sent.size, 30_000, 'every request delivered');
    await new Promise((resolve) => setTimeout(resolve, 1000)); // time for a duplicate to show up, if one were coming

    const delivered = webhook.delivered();
    for (const [key, { reference, photo }] of sent) {
      assert.equal(delivered.get(key)?.length, 1, `${key}: delivered ${delivered.get(key)?.length} times`);
      const attempts = webhook.attempts.filter((entry) => entry.key === key);
      assert.ok(attempts.length >= 3, `${key}: ${attempts.length} attempts`);
      for (const attempt of attempts) {
        assert.equal(await verifySignature(attempt.body, attempt.signature, SECRET, 300), true, `${key}: a valid signature on attempt ${attempt.attempt}`);
      }
      const { body, signature } = delivered.get(key)[0];
      const payload = JSON.parse(body);
      assert.equal(payload.reference, reference);
      assert.equal(payload.request.name, sent.get(key) && JSON.parse(body).request.name);
      assert.equal(payload.photos.length, photo ? 1 : 0);
      if (photo) {
        // The photo, by its link, without the read token; a link whose expiry was changed does not work.
        const link = await fetch(payload.photos[0].url);
        assert.equal(link.status, 200);
        assert.deepEqual(Buffer.from(await link.arrayBuffer()), photo);
        assert.ok(Date.parse(payload.photos[0].expiresAt) > Date.now() + 6 * 24 * 60 * 60 * 1000);
        const tampered = new URL(payload.photos[0].url);
        tampered.searchParams.set('expires', String(Number(tampered.searchParams.get('expires')) + 1));
        assert.equal((await fetch(tampered)).status, 401);
      }
      // The receiving side's checks: a changed body or a stale timestamp fails.
      assert.equal(await verifySignature(body.replace(reference, 'MQ-ZZZZZZZZ'), signature, SECRET, 300), false);
      assert.equal(await verifySignature(body, signature, SECRET, 300, Date.now() + 301_000), false);
      assert.equal(await verifySignature(body, signature, 'another-secret', 300), false);
    }
    const after = await (await fetch(`${base}/api/quotes`, reading)).json();
    assert.equal(after.failingDeliveries, 0);
    // The store counts the attempts whose outcome it recorded: at least the first failure and the
    // success, and no more than the webhook saw (an attempt cut short by the kill is not recorded).
    for (const quote of after.quotes) {
      const key = [...sent].find(([, { reference }]) => reference === quote.reference)?.[0];
      const seen = webhook.attempts.filter((entry) => entry.key === key).length;
      const { status, attempts } = quote.forwarding;
      assert.ok(status === 'delivered' && attempts >= 2 && attempts <= seen, `${quote.reference}: ${JSON.stringify(quote.forwarding)}, the webhook saw ${seen} attempts`);
    }
  } finally {
    await handler.kill();
    await webhook.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

// The four are independent (own webhook, port, data directory, database) and mostly wait: run together.
describe('forwarding exactly once (issue 15)', { concurrency: true }, () => {
  it('SQLite: a webhook that fails twice and a handler killed in between get every request there once, signed', async () => {
    await exactlyOnceAcrossARestart(undefined);
  });

  it('PostgreSQL: the same', async () => {
    const database = await freshDatabase();
    try {
      await exactlyOnceAcrossARestart(database.url);
    } finally {
      await database.drop();
    }
  });

  it('PostgreSQL: two instances never send one entry at once, and each entry once', async () => {
    const database = await freshDatabase();
    const { fileBlobs, postgresStore } = await import('medquote/intake');
    const webhook = await startWebhook((attempt) => ({ status: attempt === 1 ? 500 : 200, delayMs: 150 }));
    const forward = { url: webhook.url, secret: SECRET, backoffMs: 100, pollMs: 50, batchSize: 4 };
    const dataDir = tempDir();
    const options = () => ({ store: postgresStore(database.url), blobs: fileBlobs(join(dataDir, 'photos')), dataDir, forward, publicOrigins: (own) => [own] });
    const first = await startIntake(options());
    const second = await startIntake(options()).catch(async (error) => {
      await first.close();
      throw error;
    });
    try {
      const keys = Array.from({ length: 16 }, () => newKey());
      const answers = await Promise.all(keys.map((key, i) => post((i % 2 ? first : second).base, sampleRequest(), { key })));
      assert.deepEqual(answers.map((answer) => answer.status), Array(16).fill(201));
      await waitFor(() => webhook.delivered().size === keys.length, 20_000, 'every request delivered');
      await new Promise((resolve) => setTimeout(resolve, 500));
      assert.deepEqual(webhook.attempts.filter((entry) => entry.overlapping), [], 'no entry sent twice at once');
      for (const key of keys) assert.equal(webhook.delivered().get(key).length, 1, key);
    } finally {
      await second.close();
      await first.close();
      await webhook.close();
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('honours Retry-After, does not follow redirects, and sends nothing for requests stored without forwarding', async () => {
    let redirects = 0;
    const webhook = await startWebhook((attempt) => {
      if (attempt === 1) return { status: 429, headers: { 'retry-after': '2' } };
      if (attempt === 2) return (redirects++, { status: 307, headers: { location: 'http://127.0.0.1:9/elsewhere' } });
      return { status: 200 };
    });
    const server = await startIntake({ forward: { url: webhook.url, secret: SECRET, backoffMs: 100, pollMs: 50 }, publicOrigins: (own) => [own] });
    try {
      const key = newKey();
      assert.equal((await post(server.base, sampleRequest(), { key })).status, 201);
      await waitFor(() => webhook.delivered().size === 1, 15_000, 'the delivery');
      const times = webhook.attempts.map((entry) => entry.at);
      assert.ok(times[1] - times[0] >= 1900, `the second attempt came ${times[1] - times[0]} ms after a Retry-After: 2`);
      assert.equal(redirects, 1);
      assert.equal(webhook.attempts.length, 3, 'the redirect was an attempt that failed, not followed');
    } finally {
      await server.close();
      await webhook.close();
    }
    const quiet = await startWebhook(() => ({ status: 200 }));
    const plain = await startIntake();
    try {
      assert.equal((await post(plain.base, sampleRequest())).status, 201);
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.equal(quiet.attempts.length, 0);
      assert.equal(plain.db().prepare('SELECT count(*) AS n FROM outbox').get().n, 0);
    } finally {
      await plain.close();
      await quiet.close();
    }
  });
});

describe('verifySignature (issue 15)', () => {
  it('accepts its own signatures and refuses tampered, stale, future, unsigned and malformed ones', async () => {
    const { signPayload } = await import('medquote/intake');
    const body = JSON.stringify({ reference: 'MQ-ABCDEFGH', note: 'ünïcode' });
    const now = Date.now();
    const header = await signPayload(body, SECRET, now);
    assert.match(header, /^t=\d{10},v1=[0-9a-f]{64}$/);
    assert.equal(await verifySignature(body, header, SECRET, 300, now), true);
    assert.equal(await verifySignature(Buffer.from(body), header, SECRET, 300, now), true, 'the raw bytes as received');
    assert.equal(await verifySignature(`${body} `, header, SECRET, 300, now), false, 'a changed body');
    assert.equal(await verifySignature(body, header, SECRET, 300, now + 301_000), false, 'replayed after the tolerance');
    assert.equal(await verifySignature(body, header, SECRET, 300, now - 301_000), false, 'from the future');
    assert.equal(await verifySignature(body, header, 'other', 300, now), false, 'another secret');
    const [t, v1] = header.split(',');
    const later = `t=${Number(t.slice(2)) + 1},${v1}`;
    assert.equal(await verifySignature(body, later, SECRET, 300, now), false, 'a moved timestamp');
    // Rotation: the receiver accepts if any v1 matches.
    assert.equal(await verifySignature(body, `${t},v1=${'0'.repeat(64)},${v1}`, SECRET, 300, now), true);
    for (const bad of [undefined, '', 'nonsense', `${v1}`, `${t}`, `${t},${t},${v1}`, `t=abc,${v1}`, `${t},v1=zz`]) {
      assert.equal(await verifySignature(body, bad, SECRET, 300, now), false, String(bad));
    }
  });
});

after(() => {});
