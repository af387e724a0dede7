// node scripts/with-postgres.js <command> [args…]: runs the command with MQ_TEST_DATABASE_URL set.
// When it is already set, that database is used; otherwise a throwaway cluster is started for the
// command and removed after it. Without either, one line says how to get PostgreSQL.
import { spawn } from 'node:child_process';
import { noPostgresMessage, postgresBin, startPostgres } from './postgres.js';

const [command, ...args] = process.argv.slice(2);
let cluster = null;
if (!process.env.MQ_TEST_DATABASE_URL) {
  if (!postgresBin()) {
    console.error(noPostgresMessage);
    process.exit(1);
  }
  cluster = await startPostgres();
}
const stop = () => cluster?.stop();
process.once('exit', stop);
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(130));

const child = spawn(command, args, {
  stdio: 'inherit',
  env: { ...process.env, MQ_TEST_DATABASE_URL: process.env.MQ_TEST_DATABASE_URL || cluster.url },
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
