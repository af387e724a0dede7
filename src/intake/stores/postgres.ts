// postgresStore(connectionString): the store for several instances behind a load balancer, through
// the `postgres` client. One key is stored once, whichever instance receives it: a unique
// constraint decides inside the transaction. Outbox entries are claimed with FOR UPDATE SKIP
// LOCKED and held by that transaction while they are delivered.
import { keyReused } from '../idempotency.js';
import { loadOptional } from '../optional.js';
import { newReference } from '../references.js';
import type { OutboxEntry, QuoteStore, SaveResult } from '../types.js';
import { MIGRATIONS } from './postgres-schema.js';
import { shortError, summary, type SummaryRow } from './rows.js';

type Row = Record<string, unknown>;
/** The part of the `postgres` client used here (its types are not a dependency of this package). */
export interface Sql {
  (strings: TemplateStringsArray, ...values: unknown[]): Promise<Row[] & { count: number }>;
  unsafe(query: string): Promise<Row[]>;
  begin<T>(run: (sql: Sql) => Promise<T>): Promise<T>;
  json(value: unknown): unknown;
  array(values: unknown[]): unknown;
  end(options?: { timeout?: number }): Promise<void>;
}

export interface PostgresStoreOptions {
  /** Connections in the pool (10). Each delivery batch of the outbox holds one while it runs. */
  max?: number;
}

/** Any 32-bit number, the same in every instance: the lock that runs migrations one at a time. */
const MIGRATION_LOCK = 0x6d717569;

export function postgresStore(connectionString: string, { max = 10 }: PostgresStoreOptions = {}): QuoteStore & { sql(): Sql } {
  let client: Sql | undefined;
  const sql = () => {
    if (!client) throw new Error('postgresStore: open() it first (createQuoteHandler does)');
    return client;
  };

  async function insert(quote: NewQuoteRow): Promise<SaveResult> {
    return sql().begin(async (tx) => {
      const reference = newReference();
      const inserted = await tx`
        INSERT INTO medquote_quotes (reference, idempotency_key, body_hash, received_at, origin, photo_count, request)
        VALUES (${reference}, ${quote.key}, ${quote.bodyHash}, ${quote.receivedAt}, ${quote.origin}, ${quote.photos.length}, ${tx.json(quote.request)})
        ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`;
      if (!inserted.length) {
        // Another transaction stored this key (it waited for that one to commit): a retry or a reuse.
        const [existing] = await tx`SELECT reference, body_hash FROM medquote_quotes WHERE idempotency_key = ${quote.key}`;
        if (!existing) throw new Retry();
        if (existing.body_hash !== quote.bodyHash) throw keyReused();
        return { reference: existing.reference as string, replayed: true };
      }
      const id = inserted[0]!.id;
      for (const [position, photo] of quote.photos.entries()) {
        await tx`INSERT INTO medquote_photos (quote_id, position, name, type, size, blob_key)
                 VALUES (${id}, ${position}, ${photo.name}, ${photo.type}, ${photo.size}, ${photo.blobKey})`;
      }
      if (quote.forward) await tx`INSERT INTO medquote_outbox (quote_id, next_attempt_at) VALUES (${id}, ${quote.receivedAt})`;
      return { reference, replayed: false };
    });
  }

  return {
    async open() {
      if (client) return;
      const { default: postgres } = await loadOptional('postgres', () => import('postgres'), 'postgresStore');
      const connection = (postgres as unknown as (url: string, options: object) => Sql)(connectionString, {
        max,
        onnotice: () => {},
        connection: { application_name: 'medquote-intake' },
      });
      await connection.begin(async (tx) => {
        await tx`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`;
        await tx`CREATE TABLE IF NOT EXISTS medquote_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`;
        const [{ version }] = (await tx`SELECT coalesce(max(version), 0)::int AS version FROM medquote_migrations`) as unknown as [{ version: number }];
        for (const migration of MIGRATIONS.filter((step) => step.version > version)) {
          await tx.unsafe(migration.sql);
          await tx`INSERT INTO medquote_migrations (version) VALUES (${migration.version})`;
        }
      });
      client = connection;
    },
    async secret() {
      const random = Array.from(crypto.getRandomValues(new Uint8Array(32)), (byte) => byte.toString(16).padStart(2, '0')).join('');
      await sql()`INSERT INTO medquote_settings (name, value) VALUES ('secret', ${random}) ON CONFLICT (name) DO NOTHING`;
      const [row] = await sql()`SELECT value FROM medquote_settings WHERE name = 'secret'`;
      return row!.value as string;
    },
    async lookup(key, bodyHash) {
      const [existing] = await sql()`SELECT reference, body_hash FROM medquote_quotes WHERE idempotency_key = ${key}`;
      if (!existing) return null;
      if (existing.body_hash !== bodyHash) throw keyReused();
      return existing.reference as string;
    },
    async save(quote) {
      for (let attempt = 0; ; attempt++) {
        try {
          return await insert(quote);
        } catch (error) {
          // A reference drawn twice (one in 10^12), or the row it conflicted with deleted since: again.
          const again = error instanceof Retry || (error as { constraint_name?: string }).constraint_name === 'medquote_quotes_reference_key';
          if (attempt < 3 && again) continue;
          throw error;
        }
      }
    },
    async list({ limit, before }) {
      const rows = await sql()`
        SELECT q.id, q.reference, q.received_at, q.photo_count, q.request, o.quote_id AS has_outbox, o.attempts,
               o.delivered_at, o.next_attempt_at, o.last_status, o.last_error
        FROM medquote_quotes q LEFT JOIN medquote_outbox o ON o.quote_id = q.id
        WHERE q.id < ${before ?? Number.MAX_SAFE_INTEGER} ORDER BY q.id DESC LIMIT ${limit + 1}`;
      const [counts] = await sql()`
        SELECT (SELECT count(*) FROM medquote_quotes)::int AS total,
               (SELECT count(*) FROM medquote_outbox WHERE delivered_at IS NULL AND attempts > 0)::int AS failing`;
      return {
        quotes: rows.slice(0, limit).map((row) => summary(row as unknown as SummaryRow)),
        total: counts!.total as number,
        failingDeliveries: counts!.failing as number,
        next: rows.length > limit ? Number(rows[limit - 1]!.id) : null,
      };
    },
    async photo(reference, position) {
      const [row] = await sql()`
        SELECT p.name, p.type, p.size, p.blob_key FROM medquote_photos p JOIN medquote_quotes q ON q.id = p.quote_id
        WHERE q.reference = ${reference} AND p.position = ${position}`;
      return row ? { name: row.name as string, type: row.type as string, size: row.size as number, blobKey: row.blob_key as string } : null;
    },
    async deleteOlderThan(time) {
      const result = await sql()`DELETE FROM medquote_quotes WHERE received_at < ${time}`;
      return result.count;
    },
    async referencedBlobs(keys) {
      if (!keys.length) return new Set();
      const rows = await sql()`SELECT DISTINCT blob_key FROM medquote_photos WHERE blob_key = ANY(${sql().array(keys)})`;
      return new Set(rows.map((row) => row.blob_key as string));
    },
    async deliverDue(now, { leaseMs, limit }, deliver) {
      return sql().begin(async (tx) => {
        // A worker that stops answering while holding entries loses them when its session ends.
        await tx.unsafe(`SET LOCAL idle_in_transaction_session_timeout = ${Math.max(1000, Math.round(leaseMs))}`);
        const claimed = await tx`
          SELECT o.quote_id, o.attempts, q.reference, q.idempotency_key, q.received_at, q.request
          FROM medquote_outbox o JOIN medquote_quotes q ON q.id = o.quote_id
          WHERE o.delivered_at IS NULL AND o.next_attempt_at <= ${now}
          ORDER BY o.next_attempt_at LIMIT ${limit} FOR UPDATE OF o SKIP LOCKED`;
        if (!claimed.length) return 0;
        const photos = await tx`
          SELECT quote_id, name, type, size FROM medquote_photos
          WHERE quote_id = ANY(${tx.array(claimed.map((row) => String(row.quote_id)))}::bigint[]) ORDER BY quote_id, position`;
        const outcomes = await Promise.all(
          claimed.map(async (row) => {
            const entry: OutboxEntry = {
              reference: row.reference as string,
              key: row.idempotency_key as string,
              receivedAt: Number(row.received_at),
              request: row.request,
              photos: photos.filter((photo) => photo.quote_id === row.quote_id).map(({ name, type, size }) => ({ name, type, size }) as OutboxEntry['photos'][number]),
              attempts: row.attempts as number,
            };
            return { id: row.quote_id, outcome: await deliver(entry) };
          }),
        );
        for (const { id, outcome } of outcomes) {
          if (outcome.delivered) {
            await tx`UPDATE medquote_outbox SET delivered_at = ${Math.round(outcome.finishedAt)}, attempts = attempts + 1, last_status = ${outcome.status},
                     last_error = NULL WHERE quote_id = ${id}`;
          } else {
            await tx`UPDATE medquote_outbox SET next_attempt_at = ${Math.round(outcome.retryAt)}, attempts = attempts + 1, last_status = ${outcome.status},
                     last_error = ${shortError(outcome.error)} WHERE quote_id = ${id}`;
          }
        }
        return claimed.length;
      });
    },
    async close() {
      const connection = client;
      client = undefined;
      await connection?.end({ timeout: 5 });
    },
    /** The connection pool, for tests and maintenance. */
    sql,
  };
}

type NewQuoteRow = Parameters<QuoteStore['save']>[0];
class Retry extends Error {}
