// npm start: serves the demo clinic page, the CDN build and the reference intake server on
// localhost, under the same strict Content-Security-Policy partners are promised the widgets work
// with. Quote requests are stored in demo/data/quotes.sqlite and listed at /requests.html, for
// whoever has the read token in the link this prints (MQ_READ_TOKEN, else a new one each start).
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createIntake } from './intake/intake.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';
const types = { '.jpg': 'image/jpeg', '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };
// Other sites allowed to send quote requests here (comma-separated origins).
const allowedOrigins = (process.env.MQ_ALLOWED_ORIGINS ?? '').split(',').filter(Boolean);
const readToken = process.env.MQ_READ_TOKEN || randomBytes(18).toString('base64url');
const intake = createIntake({ dataDir: join(root, 'demo', 'data'), readToken, allowedOrigins });
const csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'";

/** URL path → file: /cdn/* from dist/cdn, everything else from demo/. Nothing outside those. */
function resolvePath(pathname) {
  const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  if (clean.startsWith('/cdn/')) return join(root, 'dist', clean);
  if (clean.startsWith('/bench/')) return join(root, 'demo', clean);
  return join(root, 'demo', clean.endsWith('/') ? `${clean}index.html` : clean);
}

const server = createServer(async (request, response) => {
  if (await intake.handle(request, response)) return;
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  const file = resolvePath(pathname);
  if (!file.startsWith(join(root, 'demo')) && !file.startsWith(join(root, 'dist', 'cdn'))) {
    response.writeHead(403).end();
    return;
  }
  try {
    const body = await readFile(file);
    response.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': csp,
      'cache-control': 'no-cache',
    });
    response.end(body);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  }
});

server.listen(port, host, () => {
  console.log(`medquote demo: http://${host}:${port}/`);
  console.log(`stored requests: http://${host}:${port}/requests.html#token=${readToken}`);
});
