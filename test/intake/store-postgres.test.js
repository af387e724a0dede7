// The store suite on postgresStore, on a real PostgreSQL (npm test starts a throwaway cluster).
import { after, before } from 'node:test';
import { postgresStore } from 'medquote/intake';
import { freshDatabase } from './postgres.js';
import { storeSuite } from './store-suite.js';

const database = await freshDatabase();
before(() => {});
after(() => database.drop());
storeSuite('PostgreSQL', () => postgresStore(database.url));
