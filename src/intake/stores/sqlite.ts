// sqliteStore(path): one SQLite file through better-sqlite3, the embedded default. Commits reach
// the disk before the answer (synchronous = FULL); requests arriving together share one commit.
import { keyReused } from '../idempotency.js';
import { loadOptional } from '../optional.js';
import { newReference } from '../references.js';
import type { BlobStore, DeliveryOutcome, NewQuote, OutboxEntry, QuoteStore, SaveResult } from '../types.js';
import { fileBlobs } from './files.js';
import { shortError, summary, type SummaryRow } from './rows.js';
import { migrate, type Database } from './sqlite-schema.js';

type Pending = { quote: NewQuote; resolve: (result: SaveResult) => void; reject: (error: unknown) => void };

/** The folder beside the database file (`photos/`), where its photos go unless told otherwise. */
const besides = (path: string, name: string) => `${path.replace(/[^/\\]*$/, '') || './'}${name}`;

export function sqliteStore(path: string): QuoteStore & { database(): Database } {
  let db: Database | undefined;
  let statements: ReturnType<typeof prepare>;
  let queue: Pending[] = [];
  const opened = () => {
    if (!db) throw new Error('sqliteStore: open() it first (createQuoteHandler does)');
    return statements;
  };

  function prepare(db: Database) {
    const findByKey = db.prepare('SELECT reference, body_hash FROM quotes WHERE idempotency_key = ?');
    const insertQuote = db.prepare(
      'INSERT INTO quotes (reference, idempotency_key, body_hash, received_at, origin, photo_count, request) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    const insertPhoto = db.prepare('INSERT INTO photos (quote_id, position, name, type, size, blob_key) VALUES (?, ?, ?, ?, ?, ?)');
    const insertOutbox = db.prepare('INSERT INTO outbox (quote_id, next_attempt_at) VALUES (?, ?)');
    const replay = (existing: Record<string, unknown>, bodyHash: string): SaveResult => {
      if (existing.body_hash !== bodyHash) throw keyReused();
      return { reference: existing.reference as string, replayed: true };
    };
    // A request, its photos and its outbox entry are stored together or not at all (a savepoint inside the batch).
    const insert = db.transaction((quote: NewQuote): SaveResult => {
      const existing = findByKey.get(quote.key);
      if (existing) return replay(existing, quote.bodyHash);
      for (let attempt = 0; ; attempt++) {
        const reference = newReference();
        try {
          const { lastInsertRowid } = insertQuote.run(
            reference, quote.key, quote.bodyHash, quote.receivedAt, quote.origin, quote.photos.length, JSON.stringify(quote.request),
          );
          quote.photos.forEach((photo, position) => insertPhoto.run(lastInsertRowid, position, photo.name, photo.type, photo.size, photo.blobKey));
          if (quote.forward) insertOutbox.run(lastInsertRowid, quote.receivedAt);
          return { reference, replayed: false };
        } catch (error) {
          // A reference drawn twice (one in 10^12): draw again.
          if (attempt < 3 && (error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE' && /reference/.test(String(error))) continue;
          throw error;
        }
      }
    });
    // Group commit: IMMEDIATE takes the write lock before any key is looked up, so two processes
    // sharing the file cannot both find a key free.
    const insertBatch = db.transaction((batch: Pending[]) =>
      batch.map(({ quote }) => {
        try {
          return { stored: insert(quote) };
        } catch (error) {
          return { error };
        }
      }),
    );
    const due = db.prepare(`
      SELECT o.quote_id, o.attempts, q.reference, q.idempotency_key, q.received_at, q.request
      FROM outbox o JOIN quotes q ON q.id = o.quote_id
      WHERE o.delivered_at IS NULL AND o.next_attempt_at <= ? AND (o.lease_until IS NULL OR o.lease_until <= ?)
      ORDER BY o.next_attempt_at LIMIT ?`);
    const lease = db.prepare('UPDATE outbox SET lease_until = ? WHERE quote_id = ?');
    const photosOf = db.prepare('SELECT name, type, size FROM photos WHERE quote_id = ? ORDER BY position');
    // Only the holder of the lease records its outcome.
    const delivered = db.prepare(
      'UPDATE outbox SET delivered_at = ?, attempts = attempts + 1, last_status = ?, last_error = NULL, lease_until = NULL WHERE quote_id = ? AND lease_until = ?',
    );
    const failed = db.prepare(
      'UPDATE outbox SET next_attempt_at = ?, attempts = attempts + 1, last_status = ?, last_error = ?, lease_until = NULL WHERE quote_id = ? AND lease_until = ?',
    );
    return {
      findByKey,
      replay,
      insertBatch,
      claim: db.transaction((now: number, leaseUntil: number, limit: number) =>
        due.all(now, now, limit).map((row) => {
          lease.run(leaseUntil, row.quote_id);
          return { id: row.quote_id as number, row, photos: photosOf.all(row.quote_id) };
        }),
      ),
      record: db.transaction((outcomes: { id: number; leaseUntil: number; outcome: DeliveryOutcome }[]) => {
        for (const { id, leaseUntil, outcome } of outcomes) {
          if (outcome.delivered) delivered.run(Math.round(outcome.finishedAt), outcome.status, id, leaseUntil);
          else failed.run(Math.round(outcome.retryAt), outcome.status, shortError(outcome.error), id, leaseUntil);
        }
      }),
      page: db.prepare(`
        SELECT q.id, q.reference, q.received_at, q.photo_count, q.request, o.quote_id AS has_outbox, o.attempts,
               o.delivered_at, o.next_attempt_at, o.last_status, o.last_error
        FROM quotes q LEFT JOIN outbox o ON o.quote_id = q.id WHERE q.id < ? ORDER BY q.id DESC LIMIT ?`),
      total: db.prepare('SELECT count(*) FROM quotes').pluck(),
      failing: db.prepare('SELECT count(*) FROM outbox WHERE delivered_at IS NULL AND attempts > 0').pluck(),
      findPhoto: db.prepare(
        'SELECT p.name, p.type, p.size, p.blob_key, p.data FROM photos p JOIN quotes q ON q.id = p.quote_id WHERE q.reference = ? AND p.position = ?',
      ),
      deleteOld: db.prepare('DELETE FROM quotes WHERE received_at < ?'),
      setSecret: db.prepare("INSERT OR IGNORE INTO settings (name, value) VALUES ('secret', ?)"),
      getSecret: db.prepare("SELECT value FROM settings WHERE name = 'secret'").pluck(),
    };
  }

  function flush() {
    const batch = queue;
    queue = [];
    try {
      opened()
        .insertBatch.immediate(batch)
        .forEach((result, index) => ('error' in result ? batch[index]!.reject(result.error) : batch[index]!.resolve(result.stored)));
    } catch (error) {
      for (const waiting of batch) waiting.reject(error);
    }
  }

  return {
    async open() {
      if (db) return;
      const { default: Sqlite } = await loadOptional('better-sqlite3', () => import('better-sqlite3'), 'sqliteStore');
      const { chmodSync, mkdirSync } = await import('node:fs');
      if (path !== ':memory:') mkdirSync(besides(path, ''), { recursive: true, mode: 0o700 });
      const database = new (Sqlite as unknown as new (file: string) => Database)(path);
      if (path !== ':memory:') chmodSync(path, 0o600); // patients' data: the owner only (SQLite gives its WAL the same mode)
      database.pragma('journal_mode = WAL');
      // Each commit reaches the disk before the patient is told "sent" (better-sqlite3's build
      // defaults to NORMAL, which can lose the last commits on a power cut).
      database.pragma('synchronous = FULL');
      database.pragma('foreign_keys = ON');
      // Deleted rows are overwritten with zeros, not left readable in free pages (retention).
      database.pragma('secure_delete = ON');
      migrate(database, path);
      statements = prepare(database);
      db = database;
    },
    async secret() {
      const { setSecret, getSecret } = opened();
      const bytes = crypto.getRandomValues(new Uint8Array(32));
      setSecret.run(Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join(''));
      return getSecret.get() as unknown as string;
    },
    async lookup(key, bodyHash) {
      const { findByKey, replay } = opened();
      const existing = findByKey.get(key);
      return existing ? replay(existing, bodyHash).reference : null;
    },
    save(quote) {
      opened();
      return new Promise((resolve, reject) => {
        if (!queue.length) setImmediate(flush);
        queue.push({ quote, resolve, reject });
      });
    },
    async list({ limit, before }) {
      const { page, total, failing } = opened();
      const rows = page.all(before ?? Number.MAX_SAFE_INTEGER, limit + 1);
      return {
        quotes: rows.slice(0, limit).map((row) => summary(row as unknown as SummaryRow)),
        total: total.get() as unknown as number,
        failingDeliveries: failing.get() as unknown as number,
        next: rows.length > limit ? (rows[limit - 1]!.id as number) : null,
      };
    },
    async photo(reference, position) {
      const row = opened().findPhoto.get(reference, position);
      if (!row) return null;
      return { name: row.name as string, type: row.type as string, size: row.size as number, blobKey: row.blob_key as string | null, ...(row.data ? { data: row.data as Uint8Array } : {}) };
    },
    async deleteOlderThan(time) {
      const { changes } = opened().deleteOld.run(time);
      // Move what the WAL still holds into the (zeroed) main file, and empty the WAL.
      if (changes) db!.pragma('wal_checkpoint(TRUNCATE)');
      return changes;
    },
    async referencedBlobs(keys) {
      opened();
      const found = new Set<string>();
      for (let i = 0; i < keys.length; i += 500) {
        const chunk = keys.slice(i, i + 500);
        const rows = db!.prepare(`SELECT DISTINCT blob_key FROM photos WHERE blob_key IN (${chunk.map(() => '?').join(',')})`).pluck().all(...chunk);
        for (const key of rows) found.add(key as unknown as string);
      }
      return found;
    },
    async deliverDue(now, { leaseMs, limit }, deliver) {
      const { claim, record } = opened();
      const leaseUntil = now + leaseMs;
      const claimed = claim.immediate(now, leaseUntil, limit);
      const outcomes = await Promise.all(
        claimed.map(async ({ id, row, photos }) => {
          const entry: OutboxEntry = {
            reference: row.reference as string,
            key: row.idempotency_key as string,
            receivedAt: row.received_at as number,
            request: JSON.parse(row.request as string),
            photos: photos as unknown as OutboxEntry['photos'],
            attempts: row.attempts as number,
          };
          return { id, leaseUntil, outcome: await deliver(entry) };
        }),
      );
      if (outcomes.length && db) record.immediate(outcomes);
      return claimed.length;
    },
    async close() {
      if (!db) return;
      if (queue.length) flush();
      db.close();
      db = undefined;
    },
    defaultBlobs(): BlobStore {
      return fileBlobs(besides(path, 'photos'));
    },
    /** The better-sqlite3 connection, for tests and maintenance. */
    database() {
      if (!db) throw new Error('sqliteStore: not open');
      return db;
    },
  };
}
