// The SQLite store's schema, by version (PRAGMA user_version). Each step runs in one transaction.
/** The part of better-sqlite3 used here (its types are not a dependency of this package). */
export interface Statement {
  run(...params: unknown[]): { changes: number; lastInsertRowid: number | bigint };
  get(...params: unknown[]): Record<string, unknown> | undefined;
  all(...params: unknown[]): Record<string, unknown>[];
  pluck(): Statement;
}
export interface Database {
  prepare(sql: string): Statement;
  exec(sql: string): void;
  pragma(sql: string, options?: { simple: boolean }): unknown;
  transaction<A extends unknown[], R>(run: (...args: A) => R): ((...args: A) => R) & { immediate(...args: A): R };
  close(): void;
}

const TABLES = `
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
  CREATE INDEX IF NOT EXISTS quotes_received_at ON quotes (received_at);`;

/** Photos' records: their bytes are in the blob store (data: only rows written before blobs). */
const PHOTOS = (name: string) => `
  CREATE TABLE ${name} (
    quote_id INTEGER NOT NULL REFERENCES quotes (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    size INTEGER NOT NULL,
    blob_key TEXT,
    data BLOB,
    PRIMARY KEY (quote_id, position)
  );`;

const OUTBOX = `
  CREATE INDEX photos_blob_key ON photos (blob_key);
  CREATE TABLE outbox (
    quote_id INTEGER PRIMARY KEY REFERENCES quotes (id) ON DELETE CASCADE,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    lease_until INTEGER,
    delivered_at INTEGER,
    last_status INTEGER,
    last_error TEXT
  );
  CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE delivered_at IS NULL;
  CREATE TABLE settings (name TEXT PRIMARY KEY, value TEXT NOT NULL);`;

/** Brings the file to the current version; refuses files of a layout it does not know. */
export function migrate(db: Database, path: string): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > 1) throw new Error(`${path} was written by a newer medquote intake (schema ${version}); update medquote`);
  if (version === 1) return;
  const columns = db.prepare("SELECT name FROM pragma_table_info('quotes')").all().map((row) => row.name);
  if (columns.length && !columns.includes('body_hash')) {
    throw new Error(`${path} was written by an older intake server; move it away or set MQ_DATA_DIR`);
  }
  db.transaction(() => {
    if (columns.length) {
      // A file from the reference server before blobs (photos' bytes in rows): kept as they are.
      db.exec(`${PHOTOS('photos_v1')}
        INSERT INTO photos_v1 (quote_id, position, name, type, size, data) SELECT quote_id, position, name, type, size, data FROM photos;
        DROP TABLE photos;
        ALTER TABLE photos_v1 RENAME TO photos;`);
    } else {
      db.exec(`${TABLES}${PHOTOS('photos')}`);
    }
    db.exec(OUTBOX);
    db.pragma('user_version = 1');
  }).immediate();
}
