// Where requests and photos are kept: one SQLite file in the data directory.
import { randomBytes } from 'node:crypto';
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { keyReused } from './idempotency.js';

/** A reference a patient can read out on the phone: MQ- and eight unambiguous characters. */
function newReference() {
  const alphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
  return `MQ-${Array.from(randomBytes(8), (byte) => alphabet[byte % alphabet.length]).join('')}`;
}

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS quotes (
    id INTEGER PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    idempotency_key TEXT NOT NULL UNIQUE,
    body_hash TEXT NOT NULL,
    received_at INTEGER NOT NULL,
    origin TEXT,
    photo_count INTEGER NOT NULL,
    request TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS quotes_received_at ON quotes (received_at);
  CREATE TABLE IF NOT EXISTS photos (
    quote_id INTEGER NOT NULL REFERENCES quotes (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    size INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (quote_id, position)
  );
`;

/**
 * @param {string} dataDir
 * @returns the store: save, list, photo, deleteOlderThan, close, and the database for tests
 */
export function openStore(dataDir) {
  const file = join(dataDir, 'quotes.sqlite');
  const db = new Database(file);
  chmodSync(file, 0o600); // patients' data: the owner only (SQLite gives its WAL the same mode)
  db.pragma('journal_mode = WAL');
  // Each commit reaches the disk before the patient is told "sent" (better-sqlite3's build
  // defaults to NORMAL, which can lose the last commits on a power cut).
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // Deleted rows are overwritten with zeros, not left readable in free pages (retention).
  db.pragma('secure_delete = ON');
  const columns = db.prepare("SELECT name FROM pragma_table_info('quotes')").all().map((row) => row.name);
  if (columns.length && !columns.includes('body_hash')) {
    throw new Error(`${file} was written by an older intake server; move it away or set MQ_DATA_DIR`);
  }
  db.exec(SCHEMA);

  const findByKey = db.prepare('SELECT reference, body_hash FROM quotes WHERE idempotency_key = ?');
  const insertQuote = db.prepare(
    'INSERT INTO quotes (reference, idempotency_key, body_hash, received_at, origin, photo_count, request) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const insertPhoto = db.prepare('INSERT INTO photos (quote_id, position, name, type, size, data) VALUES (?, ?, ?, ?, ?, ?)');
  const page = db.prepare(
    'SELECT id, reference, received_at, photo_count, request FROM quotes WHERE id < ? ORDER BY id DESC LIMIT ?',
  );
  const total = db.prepare('SELECT count(*) AS n FROM quotes').pluck();
  const findPhoto = db.prepare(
    'SELECT p.name, p.type, p.data FROM photos p JOIN quotes q ON q.id = p.quote_id WHERE q.reference = ? AND p.position = ?',
  );
  const deleteOld = db.prepare('DELETE FROM quotes WHERE received_at < ?');

  /** The answer an earlier request with this key gets: its reference if the same, else refused. */
  function replay(existing, bodyHash) {
    if (existing.body_hash !== bodyHash) throw keyReused();
    return { reference: existing.reference, replayed: true };
  }

  // A request and its photos are stored together or not at all (a savepoint inside the batch).
  const insert = db.transaction((record) => {
    const existing = findByKey.get(record.key);
    if (existing) return replay(existing, record.bodyHash);
    for (let attempt = 0; ; attempt++) {
      const reference = newReference();
      try {
        const { lastInsertRowid } = insertQuote.run(
          reference, record.key, record.bodyHash, record.receivedAt, record.origin ?? null, record.photos.length, JSON.stringify(record.request),
        );
        record.photos.forEach((photo, position) => insertPhoto.run(lastInsertRowid, position, photo.name, photo.type, photo.data.length, photo.data));
        return { reference, replayed: false };
      } catch (error) {
        // A reference drawn twice (one in 10^12): draw again.
        if (attempt < 3 && error.code === 'SQLITE_CONSTRAINT_UNIQUE' && /reference/.test(error.message)) continue;
        throw error;
      }
    }
  });
  // Group commit: the requests that arrive while the event loop is busy are written in one
  // transaction, so they share one wait for the disk (a few ms on a virtual machine) instead of
  // queueing one wait each. IMMEDIATE takes the write lock before any key is looked up, so two
  // processes sharing the file cannot both find a key free.
  const insertBatch = db.transaction((batch) =>
    batch.map(({ record }) => {
      try {
        return { stored: insert(record) };
      } catch (error) {
        return { error };
      }
    }),
  );
  let queue = [];
  function flush() {
    const batch = queue;
    queue = [];
    try {
      insertBatch.immediate(batch).forEach(({ stored, error }, index) => (error ? batch[index].reject(error) : batch[index].resolve(stored)));
    } catch (error) {
      for (const waiting of batch) waiting.reject(error);
    }
  }

  return {
    db,
    /** The reference of an earlier request with this key (same hash), null if none; 422 if it was another request. */
    lookup(key, bodyHash) {
      const existing = findByKey.get(key);
      return existing ? replay(existing, bodyHash).reference : null;
    },
    /**
     * Stores a request (once per key) when the current batch is written.
     * @param {{ key: string, bodyHash: string, receivedAt: number, origin?: string, request: object,
     *   photos: { name: string, type: string, data: Buffer }[] }} record
     * @returns {Promise<{ reference: string, replayed: boolean }>}
     */
    save(record) {
      return new Promise((resolve, reject) => {
        if (!queue.length) setImmediate(flush);
        queue.push({ record, resolve, reject });
      });
    },
    /** One page of requests, newest first, and the cursor of the next page (null at the end). */
    list({ limit, before }) {
      const rows = page.all(before ?? Number.MAX_SAFE_INTEGER, limit + 1);
      const quotes = rows.slice(0, limit).map((row) => ({
        reference: row.reference,
        receivedAt: new Date(row.received_at).toISOString(),
        photos: row.photo_count,
        request: JSON.parse(row.request),
      }));
      return { quotes, total: total.get(), next: rows.length > limit ? rows[limit - 1].id : null };
    },
    photo(reference, position) {
      return findPhoto.get(reference, position) ?? null;
    },
    /** Deletes requests received before `time` (ms), their photos with them; returns how many. */
    deleteOlderThan(time) {
      const { changes } = deleteOld.run(time);
      // Move what the WAL still holds into the (zeroed) main file, and empty the WAL.
      if (changes) db.pragma('wal_checkpoint(TRUNCATE)');
      return changes;
    },
    close() {
      if (queue.length) flush();
      db.close();
    },
  };
}
