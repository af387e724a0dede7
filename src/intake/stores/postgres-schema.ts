// The PostgreSQL store's schema, by version: each migration runs once, in order, in one
// transaction, under an advisory lock so that instances starting together do not race.
// Tables are prefixed medquote_ so they can live in a database the partner already uses.

export const MIGRATIONS: { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE medquote_quotes (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        reference text NOT NULL CONSTRAINT medquote_quotes_reference_key UNIQUE,
        idempotency_key text NOT NULL CONSTRAINT medquote_quotes_idempotency_key_key UNIQUE,
        body_hash text NOT NULL,
        received_at bigint NOT NULL,
        origin text,
        photo_count integer NOT NULL,
        request jsonb NOT NULL
      );
      CREATE INDEX medquote_quotes_received_at ON medquote_quotes (received_at);
      CREATE TABLE medquote_photos (
        quote_id bigint NOT NULL REFERENCES medquote_quotes (id) ON DELETE CASCADE,
        position integer NOT NULL,
        name text NOT NULL,
        type text NOT NULL,
        size integer NOT NULL,
        blob_key text NOT NULL,
        PRIMARY KEY (quote_id, position)
      );
      CREATE INDEX medquote_photos_blob_key ON medquote_photos (blob_key);
      CREATE TABLE medquote_outbox (
        quote_id bigint PRIMARY KEY REFERENCES medquote_quotes (id) ON DELETE CASCADE,
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at bigint NOT NULL,
        delivered_at bigint,
        last_status integer,
        last_error text
      );
      CREATE INDEX medquote_outbox_due ON medquote_outbox (next_attempt_at) WHERE delivered_at IS NULL;
      CREATE TABLE medquote_settings (name text PRIMARY KEY, value text NOT NULL);`,
  },
];
