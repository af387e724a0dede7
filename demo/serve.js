// npm start: the demo clinic page, the CDN build and the intake (medquote/intake on its Node
// adapter), under the same strict Content-Security-Policy partners are promised the widgets work with.
//
// Settings (environment):
//   PORT, HOST             where to listen (8080, 127.0.0.1)
//   MQ_DATA_DIR            where requests, photos and secrets are kept (default: intake-data/ in
//                          the repository, outside every served folder)
//   MQ_DATABASE_URL        a PostgreSQL connection string; without it, quotes.sqlite in MQ_DATA_DIR
//   MQ_PUBLIC_ORIGINS      the origins this server is reached at, comma-separated, e.g.
//                          https://clinic.example (default: http://HOST:PORT, and localhost)
//   MQ_ALLOWED_ORIGINS     other sites allowed to send quote requests here (comma-separated)
//   MQ_TRUSTED_PROXIES     reverse proxies whose X-Forwarded-For is believed (addresses or ranges)
//   MQ_RETENTION_DAYS      requests and photos are deleted this many days after arrival (90)
//   MQ_READ_TOKEN          the token for reading stored requests (default: kept in the data
//                          directory's read-token file, mode 0600, created on first start)
//   MQ_FORWARD_URL, MQ_FORWARD_SECRET   forward each request to this webhook, signed with this secret
//   MQ_FORWARD_BACKOFF_MS, MQ_FORWARD_MAX_BACKOFF_MS   its first retry and the longest wait (5 s, 1 hour)
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createQuoteHandler, fileBlobs, postgresStore, securityHeaders, sqliteStore } from 'medquote/intake';
import { createNodeServer } from 'medquote/intake/node';
import { loadOrCreateSecret } from './secrets.js';
import { createStaticFiles } from './static-files.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const list = (value) => (value ?? '').split(',').map((item) => item.trim()).filter(Boolean);
const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';
const dataDir = process.env.MQ_DATA_DIR || join(root, 'intake-data');
const retentionDays = Number(process.env.MQ_RETENTION_DAYS || 90);
if (!(retentionDays > 0)) throw new Error('MQ_RETENTION_DAYS must be a number of days above 0');

const serveStatic = createStaticFiles(root);
const answer = (status, message, headers = {}) =>
  Response.json({ errors: [{ path: '', message }] }, { status, headers: { ...securityHeaders('api'), 'cache-control': 'no-store', ...headers } });
/** The webhook settings from the environment. */
function forwarding() {
  const number = (name) => (process.env[name] ? { [name === 'MQ_FORWARD_BACKOFF_MS' ? 'backoffMs' : 'maxBackoffMs']: Number(process.env[name]) } : {});
  return { url: process.env.MQ_FORWARD_URL, secret: process.env.MQ_FORWARD_SECRET ?? '', ...number('MQ_FORWARD_BACKOFF_MS'), ...number('MQ_FORWARD_MAX_BACKOFF_MS') };
}
// Created once the port is known (PORT=0 picks a free one); requests before that are told to retry.
let intake;

const server = createNodeServer(async (request, platform) => {
  if (!intake) return answer(503, 'starting; try again in a moment', { 'retry-after': '1' });
  const { pathname } = new URL(request.url);
  if (pathname === intake.basePath || pathname.startsWith(`${intake.basePath}/`)) return intake(request, platform);
  try {
    decodeURIComponent(pathname);
  } catch {
    return answer(400, 'the request target could not be read');
  }
  const host = request.headers.get('host');
  if (!intake.hostAllowed(new URL(request.url).host) || (host !== null && !intake.hostAllowed(host))) return answer(421, 'this server does not answer for that host name');
  return serveStatic(request);
});

server.on('error', (error) => {
  console.error(`medquote demo: cannot listen on ${host}:${port}: ${error.message}`);
  process.exit(1);
});
server.listen(port, host, async () => {
  const { port: actualPort } = server.address();
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`;
  const loopback = ['127.0.0.1', '::1', 'localhost'].includes(host) ? [`http://localhost:${actualPort}`] : [];
  const publicOrigins = list(process.env.MQ_PUBLIC_ORIGINS);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const tokenFile = join(dataDir, 'read-token');
  const database = process.env.MQ_DATABASE_URL;
  const handler = createQuoteHandler({
    store: database ? postgresStore(database) : sqliteStore(join(dataDir, 'quotes.sqlite')),
    blobs: fileBlobs(join(dataDir, 'photos')),
    // Kept in the data directory as before, so tickets patients already hold stay valid.
    secret: loadOrCreateSecret(join(dataDir, 'ticket-secret')),
    readToken: process.env.MQ_READ_TOKEN || loadOrCreateSecret(tokenFile),
    publicOrigins: publicOrigins.length ? publicOrigins : [origin, ...loopback],
    allowedOrigins: list(process.env.MQ_ALLOWED_ORIGINS),
    trustedProxies: list(process.env.MQ_TRUSTED_PROXIES),
    retentionDays,
    ...(process.env.MQ_FORWARD_URL ? { forward: forwarding() } : {}),
  });
  try {
    await handler.ready();
  } catch (error) {
    console.error(`medquote demo: the intake cannot start: ${error.message}`);
    process.exit(1);
  }
  intake = handler;
  console.log(`medquote demo: ${origin}/`);
  console.log(`stored requests: ${origin}/requests.html (read token: ${process.env.MQ_READ_TOKEN ? 'MQ_READ_TOKEN' : `in ${tokenFile}`})`);
  console.log(`data: ${database ? 'PostgreSQL (MQ_DATABASE_URL), photos in ' : ''}${dataDir} (requests and photos are deleted after ${retentionDays} days)`);
  if (process.env.MQ_FORWARD_URL) console.log(`forwarding each request to ${new URL(process.env.MQ_FORWARD_URL).origin}`);
  if (!publicOrigins.length && !loopback.length) {
    console.log(`note: only ${origin} is answered; set MQ_PUBLIC_ORIGINS to the address(es) browsers use to reach this server.`);
  }
  if (existsSync(join(root, 'demo', 'data'))) {
    console.log('note: demo/data/ holds requests from an older version; it is no longer used or served. Delete it when done with it.');
  }
});

// Stop taking requests, let those under way finish (for up to 10 s), then stop the outbox and close the store.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    server.close(async () => {
      await intake?.close();
      process.exit(0);
    });
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}
