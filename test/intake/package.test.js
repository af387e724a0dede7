// Issue 15, acceptance 1: `medquote/intake` works from the packed package, installed into a new
// project, with types; and `npm i medquote` installs no native module, no database client and no
// router (they are optional peer dependencies, and a clear error names the one that is missing).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { tempDir } from './helpers.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const run = (command, args, cwd, env = {}) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
const node = (cwd, code) => run(process.execPath, ['--input-type=module', '-e', code], cwd);

/** Every file under `dir` whose name matches, following no links. */
function find(dir, pattern, found = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) find(path, pattern, found);
    else if (pattern.test(entry.name)) found.push(path);
  }
  return found;
}

describe('the packed package (issue 15)', () => {
  const dir = tempDir();
  const project = join(dir, 'partner-app');
  before(() => {
    const tarball = run('npm', ['pack', '--silent', '--pack-destination', dir], repo).trim().split('\n').pop();
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'partner-app', private: true, type: 'module' }));
    run('npm', ['install', join(dir, tarball), '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], project);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('installs no native module, no database client and no router with the widgets', () => {
    const modules = join(project, 'node_modules');
    for (const name of ['better-sqlite3', 'postgres', 'pg', 'hono']) assert.ok(!existsSync(join(modules, name)), `${name} was installed`);
    assert.deepEqual(find(modules, /\.node$|^binding\.gyp$/), []);
    // What npm itself says is installed (an optional peer not installed is listed as unmet, without a path).
    const installed = run('npm', ['ls', '--omit=dev', '--omit=peer', '--all', '--parseable'], project).trim().split('\n');
    assert.ok(installed.some((path) => path.endsWith(join('node_modules', 'lit'))), installed.join('\n'));
    assert.deepEqual(installed.filter((path) => /node_modules[\\/](better-sqlite3|postgres|pg|hono)$/.test(path)), []);
  });

  it('imports medquote/intake, and names the package to install when one is missing', () => {
    const output = node(
      project,
      `import { createQuoteHandler, sqliteStore, postgresStore, verifySignature, fileBlobs } from 'medquote/intake';
       import { createNodeServer } from 'medquote/intake/node';
       console.log([createQuoteHandler, sqliteStore, postgresStore, verifySignature, fileBlobs, createNodeServer].map((f) => typeof f).join(' '));
       const handler = createQuoteHandler({ store: sqliteStore('quotes.sqlite'), log: () => {} });
       await handler.ready().catch((error) => console.log(error.message));
       await sqliteStore('quotes.sqlite').open().catch((error) => console.log(error.message));
       await postgresStore('postgres://localhost/x').open().catch((error) => console.log(error.message));
       console.log(await verifySignature('{}', 't=1,v1=00', 'secret'));`,
    );
    assert.deepEqual(output.trim().split('\n'), [
      'function function function function function function',
      'medquote/intake: createQuoteHandler needs the package "hono": npm install hono',
      'medquote/intake: sqliteStore needs the package "better-sqlite3": npm install better-sqlite3',
      'medquote/intake: postgresStore needs the package "postgres": npm install postgres',
      'false',
    ]);
  });

  it('type-checks a partner deployment against the published types', () => {
    writeFileSync(
      join(project, 'deploy.ts'),
      `import { createQuoteHandler, sqliteStore, postgresStore, verifySignature, type QuoteStore } from 'medquote/intake';
       const store: QuoteStore = process.env.DATABASE_URL ? postgresStore(process.env.DATABASE_URL) : sqliteStore('quotes.sqlite');
       const handler = createQuoteHandler({ store, publicOrigins: ['https://clinic.example'], forward: { url: 'https://crm.example/hook', secret: 's' } });
       export default { fetch: (request: Request): Promise<Response> => handler(request) };
       export async function receive(request: Request): Promise<boolean> {
         return verifySignature(await request.text(), request.headers.get('mq-signature'), 's', 300);
       }
       // @ts-expect-error: the store is required
       createQuoteHandler({});`,
    );
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        // Every .d.ts of the package is checked (skipLibCheck off); TypeScript's own lib files are
        // not (skipDefaultLibCheck), which saves checking the whole DOM lib, seconds on a busy machine.
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          skipDefaultLibCheck: true,
          lib: ['ES2023', 'DOM'],
          types: [],
        },
        files: ['deploy.ts', 'node-types.d.ts'],
      }),
    );
    // A partner's project would have @types/node; this one declares the one global the file uses.
    writeFileSync(join(project, 'node-types.d.ts'), 'declare const process: { env: Record<string, string | undefined> };\n');
    run(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-p', project], project);
  });

  it('takes a quote request from the packed package once the peers are installed', () => {
    // The peers as a partner installs them (linked from this repository: better-sqlite3 is built here).
    for (const name of ['hono', 'better-sqlite3', 'postgres']) symlinkSync(join(repo, 'node_modules', name), join(project, 'node_modules', name), 'dir');
    const output = node(
      project,
      `import { createQuoteHandler, sqliteStore } from 'medquote/intake';
       const handler = createQuoteHandler({ store: sqliteStore('data/quotes.sqlite'), minFillMs: 0 });
       const request = { treatment: 'Stem cell therapy for scars', destinations: ['turkey-thailand'], openToSuggestions: false, timeframe: '2027-03',
         residence: 'DE', forSelf: true, name: 'Ada Patient', email: 'ada@example.org', phone: '+4915123456789', channel: 'email',
         consents: { privacy: { text: 'I have read the privacy notice.', at: new Date().toISOString(), url: 'https://clinic.example/privacy' }, transfer: { text: 'Send it.', at: new Date().toISOString() } },
         locale: 'en', fillMs: 5000 };
       const answer = await handler(new Request('http://localhost/api/quotes', { method: 'POST', body: JSON.stringify(request),
         headers: { 'content-type': 'application/json', 'idempotency-key': 'packed-package-1' } }), { remoteAddress: '127.0.0.1' });
       console.log(answer.status, JSON.stringify(await answer.json()));
       await handler.close();`,
    );
    assert.match(output.trim(), /^201 \{"reference":"MQ-[2-9A-Z]{8}"\}$/);
  });
});
