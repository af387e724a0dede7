// The store suite on sqliteStore: a throwaway SQLite file.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { sqliteStore } from 'medquote/intake';
import { images, READ_TOKEN, reading, sampleRequest, tempDir } from './helpers.js';
import { storeSuite } from './store-suite.js';

const dir = tempDir();
after(() => rmSync(dir, { recursive: true, force: true }));
storeSuite('SQLite', () => sqliteStore(join(dir, 'quotes.sqlite')));

describe('a SQLite file from the reference server before medquote/intake', () => {
  it('is migrated in place: its requests listed, its photos (kept in the file) served, new ones stored', async () => {
    const { default: Database } = await import('better-sqlite3');
    const { createQuoteHandler } = await import('medquote/intake');
    const file = join(dir, 'issue-9.sqlite');
    const old = new Database(file);
    // The schema of demo/intake/store.js as issue 9 left it.
    old.exec(`
      CREATE TABLE quotes (id INTEGER PRIMARY KEY, reference TEXT NOT NULL UNIQUE, idempotency_key TEXT NOT NULL UNIQUE, body_hash TEXT NOT NULL,
        received_at INTEGER NOT NULL, origin TEXT, photo_count INTEGER NOT NULL, request TEXT NOT NULL);
      CREATE INDEX quotes_received_at ON quotes (received_at);
      CREATE TABLE photos (quote_id INTEGER NOT NULL REFERENCES quotes (id) ON DELETE CASCADE, position INTEGER NOT NULL, name TEXT NOT NULL,
        type TEXT NOT NULL, size INTEGER NOT NULL, data BLOB NOT NULL, PRIMARY KEY (quote_id, position));`);
    old.prepare('INSERT INTO quotes VALUES (1, ?, ?, ?, ?, NULL, 1, ?)').run('MQ-OLDPH0T0', 'old-key-123', 'old-hash', Date.now(), JSON.stringify({ name: 'Earlier Patient' }));
    old.prepare('INSERT INTO photos VALUES (1, 0, ?, ?, ?, ?)').run('old.png', 'image/png', images.png().length, images.png());
    old.close();
    const handler = createQuoteHandler({ store: sqliteStore(file), readToken: READ_TOKEN, minFillMs: 0 });
    try {
      const read = (path) => handler(new Request(`http://localhost/api/quotes${path}`, reading));
      const { quotes } = await (await read('')).json();
      assert.deepEqual(quotes.map((quote) => [quote.reference, quote.request.name, quote.forwarding]), [['MQ-OLDPH0T0', 'Earlier Patient', null]]);
      const photo = await read('/MQ-OLDPH0T0/photos/0');
      assert.equal(photo.status, 200);
      assert.deepEqual(Buffer.from(await photo.arrayBuffer()), images.png());
      const fresh = await handler(
        new Request('http://localhost/api/quotes', { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': 'after-migration-1' }, body: JSON.stringify(sampleRequest()) }),
        { remoteAddress: '127.0.0.1' },
      );
      assert.equal(fresh.status, 201);
    } finally {
      await handler.close();
    }
  });
});
