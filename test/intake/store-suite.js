// The store suite: what every QuoteStore must do, run against sqliteStore (store-sqlite.test.js)
// and postgresStore on a real PostgreSQL (store-postgres.test.js). `makeStore()` gives a new
// store object on the same database each time it is called (another instance).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

let keys = 0;
const key = () => `suite-key-${process.pid}-${Date.now()}-${keys++}`;
const blobKey = (n) => String(n).padStart(2, '0').repeat(32);
const quote = (overrides = {}) => ({
  key: key(),
  bodyHash: 'hash-1',
  receivedAt: Date.now(),
  origin: null,
  request: { name: 'Ada Patient', notes: 'Acne scars, ü and 中文' },
  photos: [],
  forward: false,
  ...overrides,
});
const delivered = (status = 200) => async () => ({ delivered: true, status, error: null, finishedAt: Date.now(), retryAt: 0 });

/** @param {string} name @param {() => import('medquote/intake').QuoteStore} makeStore */
export function storeSuite(name, makeStore) {
  describe(`the store suite: ${name}`, () => {
    let store;
    before(async () => {
      store = makeStore();
      await store.open();
    });
    after(() => store.close());

    it('opens an already migrated database, and two instances opening at once agree', async () => {
      const others = [makeStore(), makeStore()];
      await Promise.all(others.map((other) => other.open()));
      await Promise.all(others.map((other) => other.close()));
      await store.open();
    });

    it('stores a request once per key: the same body is a replay, another body is refused', async () => {
      const first = quote({ photos: [{ name: 'a.jpg', type: 'image/jpeg', size: 10, blobKey: blobKey(1) }] });
      const stored = await store.save(first);
      assert.match(stored.reference, /^MQ-[2-9A-HJ-NP-Z]{8}$/);
      assert.equal(stored.replayed, false);
      assert.deepEqual(await store.save({ ...first, receivedAt: Date.now() + 5 }), { reference: stored.reference, replayed: true });
      await assert.rejects(store.save({ ...first, bodyHash: 'hash-2' }), (error) => error.status === 422 && error.code === 'idempotency-key-reused');
      assert.equal(await store.lookup(first.key, 'hash-1'), stored.reference);
      await assert.rejects(store.lookup(first.key, 'hash-2'), (error) => error.code === 'idempotency-key-reused');
      assert.equal(await store.lookup(key(), 'hash-1'), null);
      const photo = await store.photo(stored.reference, 0);
      assert.deepEqual({ ...photo, data: undefined }, { name: 'a.jpg', type: 'image/jpeg', size: 10, blobKey: blobKey(1), data: undefined });
      assert.equal(await store.photo(stored.reference, 1), null);
      assert.equal(await store.photo('MQ-NOTHERE2', 0), null);
    });

    it('keeps the request as it was given', async () => {
      const request = { name: 'Zoë', health: { notes: 'line one\nline two' }, consents: { privacy: { at: '2026-01-01T00:00:00.000Z' } } };
      const { reference } = await store.save(quote({ request }));
      const { quotes } = await store.list({ limit: 100 });
      assert.deepEqual(quotes.find((entry) => entry.reference === reference).request, request);
    });

    it('stores one row for one key sent many times at once, from two instances, with two bodies', async () => {
      const other = makeStore();
      await other.open();
      try {
        const shared = key();
        const results = await Promise.allSettled(
          Array.from({ length: 20 }, (_, i) => (i % 2 ? store : other).save(quote({ key: shared, bodyHash: i % 4 < 2 ? 'hash-a' : 'hash-b' }))),
        );
        const stored = results.filter((result) => result.status === 'fulfilled' && !result.value.replayed);
        assert.equal(stored.length, 1, JSON.stringify(results.map((result) => result.reason?.message ?? result.value)));
        for (const result of results) {
          if (result.status === 'rejected') assert.equal(result.reason.code, 'idempotency-key-reused', result.reason.stack);
          else assert.equal(result.value.reference, stored[0].value.reference);
        }
        const { quotes } = await store.list({ limit: 100 });
        assert.equal(quotes.filter((entry) => entry.reference === stored[0].value.reference).length, 1);
      } finally {
        await other.close();
      }
    });

    it('pages through the list newest first, each request on exactly one page', async () => {
      for (let i = 0; i < 7; i++) await store.save(quote({ request: { name: `Paged ${i}` } }));
      const { total } = await store.list({ limit: 1 });
      const seen = [];
      let before;
      for (let pages = 0; pages < 100; pages++) {
        const page = await store.list({ limit: 3, ...(before === undefined ? {} : { before }) });
        assert.equal(page.total, total);
        seen.push(...page.quotes.map((entry) => entry.reference));
        if (page.next === null) break;
        before = page.next;
      }
      assert.equal(seen.length, total);
      assert.equal(new Set(seen).size, total);
      const newest = (await store.list({ limit: 1 })).quotes[0];
      assert.equal(newest.request.name, 'Paged 6');
      assert.ok(!Number.isNaN(Date.parse(newest.receivedAt)));
      assert.equal(newest.forwarding, null);
    });

    it('keeps one secret for every instance', async () => {
      const other = makeStore();
      await other.open();
      try {
        const [a, b] = await Promise.all([store.secret(), other.secret()]);
        assert.ok(a.length >= 32);
        assert.equal(a, b);
        assert.equal(await store.secret(), a);
      } finally {
        await other.close();
      }
    });

    it('deletes requests past retention with their photos and outbox entries, and says which blobs are still used', async () => {
      const old = await store.save(quote({ receivedAt: 1000, forward: true, photos: [{ name: 'o.jpg', type: 'image/jpeg', size: 1, blobKey: blobKey(7) }] }));
      await store.save(quote({ photos: [{ name: 'n.jpg', type: 'image/jpeg', size: 1, blobKey: blobKey(8) }] }));
      assert.deepEqual([...(await store.referencedBlobs([blobKey(7), blobKey(8), blobKey(9)]))].sort(), [blobKey(7), blobKey(8)]);
      assert.equal(await store.deleteOlderThan(2000), 1);
      assert.equal(await store.photo(old.reference, 0), null);
      assert.deepEqual([...(await store.referencedBlobs([blobKey(7), blobKey(8)]))], [blobKey(8)]);
      assert.equal(await store.deliverDue(Date.now(), { leaseMs: 60_000, limit: 100 }, delivered()), 0, 'its outbox entry went with it');
    });

    it('queues forwarded requests in the outbox, retries failures when due, and marks them done only on success', async () => {
      const now = Date.now();
      const plain = await store.save(quote());
      const forwarded = await store.save(quote({ forward: true, receivedAt: now, photos: [{ name: 'p.png', type: 'image/png', size: 3, blobKey: blobKey(3) }] }));
      const seen = [];
      const failing = async (entry) => {
        seen.push(entry);
        // Times with fractions of a millisecond (a backoff with jitter) are fine.
        return { delivered: false, status: 503, error: 'the webhook answered 503', finishedAt: now + 0.5, retryAt: now + 10_000.4 };
      };
      assert.equal(await store.deliverDue(now, { leaseMs: 60_000, limit: 100 }, failing), 1);
      assert.equal(seen[0].reference, forwarded.reference);
      assert.deepEqual(seen[0].photos, [{ name: 'p.png', type: 'image/png', size: 3 }]);
      assert.equal(seen[0].attempts, 0);
      assert.deepEqual(seen[0].request, quote().request);
      let listed = (await store.list({ limit: 100 })).quotes;
      assert.equal(listed.find((entry) => entry.reference === plain.reference).forwarding, null);
      const failed = listed.find((entry) => entry.reference === forwarded.reference).forwarding;
      assert.deepEqual({ ...failed, nextAttemptAt: undefined }, { status: 'failing', attempts: 1, lastStatus: 503, lastError: 'the webhook answered 503', nextAttemptAt: undefined, deliveredAt: null });
      assert.ok(Math.abs(Date.parse(failed.nextAttemptAt) - (now + 10_000)) <= 1, failed.nextAttemptAt);
      assert.equal((await store.list({ limit: 1 })).failingDeliveries, 1);
      // Not due before its retry time; due after it.
      assert.equal(await store.deliverDue(now + 9_000, { leaseMs: 60_000, limit: 100 }, failing), 0);
      assert.equal(await store.deliverDue(now + 10_000, { leaseMs: 60_000, limit: 100 }, async (entry) => {
        assert.equal(entry.attempts, 1);
        return delivered(201)();
      }), 1);
      listed = (await store.list({ limit: 100 })).quotes;
      const done = listed.find((entry) => entry.reference === forwarded.reference).forwarding;
      assert.equal(done.status, 'delivered');
      assert.equal(done.attempts, 2);
      assert.equal(done.lastStatus, 201);
      assert.equal(done.nextAttemptAt, null);
      assert.ok(done.deliveredAt);
      assert.equal((await store.list({ limit: 1 })).failingDeliveries, 0);
      assert.equal(await store.deliverDue(now + 99_999_999, { leaseMs: 60_000, limit: 100 }, failing), 0, 'delivered once, never again');
    });

    it('never hands one entry to two workers at once, from two instances', async () => {
      const other = makeStore();
      await other.open();
      try {
        const now = Date.now();
        const references = [];
        for (let i = 0; i < 12; i++) references.push((await store.save(quote({ forward: true, receivedAt: now }))).reference);
        const holding = new Set();
        const deliveries = [];
        const slow = async (entry) => {
          assert.ok(!holding.has(entry.reference), `${entry.reference} handed out twice at once`);
          holding.add(entry.reference);
          await new Promise((resolve) => setTimeout(resolve, 30));
          holding.delete(entry.reference);
          deliveries.push(entry.reference);
          return delivered()();
        };
        const worker = async (instance) => {
          while ((await instance.deliverDue(now, { leaseMs: 60_000, limit: 3 }, slow)) > 0);
        };
        await Promise.all([worker(store), worker(other), worker(store), worker(other)]);
        assert.deepEqual([...deliveries].sort(), [...references].sort());
      } finally {
        await other.close();
      }
    });
  });
}
