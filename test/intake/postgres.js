// The tests' PostgreSQL: MQ_TEST_DATABASE_URL (npm test sets it, starting a throwaway cluster
// when none is given: scripts/with-postgres.js). Each test file gets a database of its own.
import { noPostgresMessage } from '../../scripts/postgres.js';

export const adminUrl = process.env.MQ_TEST_DATABASE_URL;

/** A new empty database on the test server; resolves with its URL and a drop() for after. */
export async function freshDatabase() {
  if (!adminUrl) throw new Error(`MQ_TEST_DATABASE_URL is not set: run through npm test (or node scripts/with-postgres.js node --test …). ${noPostgresMessage}`);
  const { default: postgres } = await import('postgres');
  const name = `mq_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    async drop() {
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}
