// npm start: serves the demo clinic page, the CDN build and the reference intake server, under the
// same strict Content-Security-Policy partners are promised the widgets work with.
//
// Settings (environment):
//   PORT, HOST             where to listen (8080, 127.0.0.1)
//   MQ_DATA_DIR            where requests, photos and secrets are kept (default: intake-data/ in
//                          the repository, outside every served folder)
//   MQ_PUBLIC_ORIGINS      the origins this server is reached at, comma-separated, e.g.
//                          https://clinic.example (default: http://HOST:PORT, and localhost)
//   MQ_ALLOWED_ORIGINS     other sites allowed to send quote requests here (comma-separated)
//   MQ_TRUSTED_PROXIES     reverse proxies whose X-Forwarded-For is believed (addresses or ranges)
//   MQ_RETENTION_DAYS      requests and photos are deleted this many days after arrival (90)
//   MQ_READ_TOKEN          the token for reading stored requests (default: kept in the data
//                          directory's read-token file, mode 0600, created on first start)
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHttpServer, requestPath } from './intake/http.js';
import { createIntake } from './intake/intake.js';
import { loadOrCreateSecret } from './intake/secrets.js';
import { createStaticFiles } from './intake/static-files.js';
import { HttpError } from './intake/errors.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const list = (value) => (value ?? '').split(',').map((item) => item.trim()).filter(Boolean);
const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';
const dataDir = process.env.MQ_DATA_DIR || join(root, 'intake-data');
const retentionDays = Number(process.env.MQ_RETENTION_DAYS || 90);
if (!(retentionDays > 0)) throw new Error('MQ_RETENTION_DAYS must be a number of days above 0');

const server = createHttpServer(async (request, response) => {
  if (await intake.handle(request, response)) return;
  const { pathname } = requestPath(request);
  if (!intake.hostAllowed(request.headers.host)) throw new HttpError(421, 'this server does not answer for that host name');
  await serveStatic(request, response, pathname);
});
const serveStatic = createStaticFiles(root);
// Created once the port is known (PORT=0 picks a free one); no request is handled before that.
let intake;

server.on('error', (error) => {
  console.error(`medquote demo: cannot listen on ${host}:${port}: ${error.message}`);
  process.exit(1);
});
server.listen(port, host, () => {
  const { port: actualPort } = server.address();
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`;
  const loopback = ['127.0.0.1', '::1', 'localhost'].includes(host) ? [`http://localhost:${actualPort}`] : [];
  const publicOrigins = list(process.env.MQ_PUBLIC_ORIGINS);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const tokenFile = join(dataDir, 'read-token');
  intake = createIntake({
    dataDir,
    readToken: process.env.MQ_READ_TOKEN || loadOrCreateSecret(tokenFile),
    publicOrigins: publicOrigins.length ? publicOrigins : [origin, ...loopback],
    allowedOrigins: list(process.env.MQ_ALLOWED_ORIGINS),
    trustedProxies: list(process.env.MQ_TRUSTED_PROXIES),
    retentionDays,
  });
  console.log(`medquote demo: ${origin}/`);
  console.log(`stored requests: ${origin}/requests.html (read token: ${process.env.MQ_READ_TOKEN ? 'MQ_READ_TOKEN' : `in ${tokenFile}`})`);
  console.log(`data: ${dataDir} (requests and photos are deleted after ${retentionDays} days)`);
  if (!publicOrigins.length && !loopback.length) {
    console.log(`note: only ${origin} is answered; set MQ_PUBLIC_ORIGINS to the address(es) browsers use to reach this server.`);
  }
  if (existsSync(join(root, 'demo', 'data'))) {
    console.log('note: demo/data/ holds requests from an older version; it is no longer used or served. Delete it when done with it.');
  }
});


// Stop taking requests, let those under way finish (for up to 10 s), then close the database.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    server.close(() => {
      intake?.close();
      process.exit(0);
    });
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}
