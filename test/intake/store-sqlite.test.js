// The store suite on sqliteStore: a throwaway SQLite file.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { after } from 'node:test';
import { sqliteStore } from 'medquote/intake';
import { tempDir } from './helpers.js';
import { storeSuite } from './store-suite.js';

const dir = tempDir();
after(() => rmSync(dir, { recursive: true, force: true }));
storeSuite('SQLite', () => sqliteStore(join(dir, 'quotes.sqlite')));
