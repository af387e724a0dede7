// Runs test/**/*.test.ts in Chromium, Firefox ESR and WebKit (scripts/browsers.js), and the visual tests in Chromium (scripts/visual.js). Never downloads a browser.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createQuoteHandler, sqliteStore } from 'medquote/intake';
import { toNodeListener } from 'medquote/intake/node';
import { enginesMissing, launchers } from './scripts/browsers.js';
import { keysPlugin } from './scripts/keys-plugin.js';
import { visualGroup, visualPlugins } from './scripts/visual.js';
import { esbuildPlugin } from '@web/dev-server-esbuild';

// The intake below stores in SQLite: compile better-sqlite3 first if `npm ci` left it uncompiled
// (.npmrc: ignore-scripts; a no-op when it is compiled).
execFileSync(process.execPath, [fileURLToPath(new URL('./scripts/native.js', import.meta.url))], { stdio: 'inherit' });

// Chromium, Firefox ESR and WebKit (scripts/browsers.js); a missing one stops the run, naming its package.
const missingEngines = enginesMissing();
if (missingEngines) {
  console.error(missingEngines);
  process.exit(1);
}

/** The policy partners are promised the widgets work under, plus the test server's own origin. */
export const strictCsp = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'";

/** A free port, chosen here so the intake knows the origin the test pages are served from. */
const port = await new Promise((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port: free } = probe.address();
    probe.close(() => resolve(free));
  });
});

/**
 * The real intake server, on the test server's origin, with a throwaway database; and endpoints
 * that misbehave on purpose, in front of it, for the delivery tests. Each browser (told apart by
 * its user agent) has its own intake, database and logs: each test finds only its own engine's
 * requests in the list, whatever ran before or beside it.
 */
const intakeDir = mkdtempSync(join(tmpdir(), 'medquote-wtr-'));
process.once('exit', () => rmSync(intakeDir, { recursive: true, force: true }));
const browsersSeen = new Map();
async function browserState(context) {
  const agent = context.get('user-agent');
  if (!browsersSeen.has(agent)) {
    const intake = createQuoteHandler({
      store: sqliteStore(join(intakeDir, `quotes-${browsersSeen.size}.sqlite`)),
      readToken: 'test-read-token',
      publicOrigins: [`http://localhost:${port}`, `http://127.0.0.1:${port}`],
      limits: { requestsPerMinute: 100_000, pageSize: 10_000 },
      minFillMs: 0,
    });
    // The intake on the Node adapter, answering Koa's raw request and response.
    browsersSeen.set(agent, intake.ready().then(() => ({ listener: toNodeListener(intake), flaky: { attempts: new Map(), keys: [] }, counted: { posts: 0 } })));
  }
  return browsersSeen.get(agent);
}
const handleIntake = async (context) => {
  const { listener } = await browserState(context);
  context.respond = false;
  listener(context.req, context.res);
};
const forward = (context) => {
  context.req.url = '/api/quotes';
  return handleIntake(context);
};
/** The ids /fails-once/<id>.js has answered: its first request fails, as offline (test/core/lazy-module.test.ts). */
const failedOnce = new Set();
async function intakeRoutes(context, next) {
  const { path, method } = context;
  // The classic script served from a folder without its chunks/ (test/pages/iife-lone.html).
  if (path === '/lone/medquote.iife.js') context.url = '/dist/cdn/medquote.iife.js';
  if (path.startsWith('/fails-once/')) {
    if (!failedOnce.has(path)) {
      failedOnce.add(path);
      context.status = 503;
      return;
    }
    context.type = 'text/javascript';
    context.body = `export const path = ${JSON.stringify(path)};`;
    return;
  }
  if (path.startsWith('/api/quotes')) return handleIntake(context);
  const { flaky, counted } = path.startsWith('/flaky/') || path.startsWith('/counted/') ? await browserState(context) : {};
  if (path === '/flaky/api/quotes' && method === 'POST') {
    // Drops the connection twice, then answers 503 with Retry-After, then lets the request through.
    const key = context.get('idempotency-key');
    const attempt = (flaky.attempts.get(key) ?? 0) + 1;
    flaky.attempts.set(key, attempt);
    flaky.keys.push(key);
    if (attempt <= 2) {
      context.respond = false;
      context.req.socket.destroy();
      return;
    }
    if (attempt === 3) {
      context.status = 503;
      context.set('Retry-After', '1');
      context.body = { errors: [{ path: '', message: 'busy' }] };
      return;
    }
    return forward(context);
  }
  if (path === '/flaky/log') {
    context.body = { keys: flaky.keys.splice(0) };
    return;
  }
  if (path === '/counted/api/quotes' && method === 'POST') {
    counted.posts++;
    return forward(context);
  }
  if (path === '/counted/log') {
    context.body = { posts: counted.posts };
    counted.posts = 0;
    return;
  }
  if (path === '/reject/api/quotes' && method === 'POST') {
    for await (const chunk of context.req) void chunk;
    context.status = 422;
    context.body = { errors: [{ path: 'email', message: 'This address bounced before: please check it.' }, { path: 'phone', message: 'This number is not reachable.' }] };
    return;
  }
  return next();
}

export default {
  port,
  files: ['test/**/*.test.ts', '!test/visual/**'], // the visual tests are a group of their own, below
  middleware: [
    intakeRoutes,
    function strictCspPages(context, next) {
      if (/^\/test\/pages\/[\w-]+\.html$/.test(context.path)) context.set('Content-Security-Policy', strictCsp);
      return next();
    },
  ],
  nodeResolve: true,
  concurrency: 1,
  // A test file must finish within this: the visual file screenshots every story (~60) in one
  // file, which took over the default 2 minutes on two busy cores.
  testsFinishTimeout: 300_000,
  // MOCHA_GREP="some test name" runs only the matching tests while working on them.
  testFramework: { config: { timeout: 5000, ...(process.env.MOCHA_GREP ? { grep: process.env.MOCHA_GREP } : {}) } },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    keysPlugin(), // key presses that work in all three engines (test/keys.ts)
    ...visualPlugins(),
  ],
  // One engine after the other: side by side (each has its own intake, above) saved a fifth of
  // the time on two cores but timed WebKit out under the load.
  browsers: launchers(),
  concurrentBrowsers: 1,
  // Screenshots of every story, compared with the committed baselines, in Chromium only (scripts/visual.js).
  groups: [visualGroup()],
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
};
