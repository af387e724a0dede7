// The demo's files, served from an allow-list: the pages and scripts named here, and the CDN
// build under /cdn/. Nothing else in the repository (least of all stored data) is reachable.
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { securityHeaders } from 'medquote/intake';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8' };
const DEMO_FILES = ['index.html', 'app.js', 'clinic.css', 'requests.html', 'requests.js', 'bench/floor.html', 'bench/table.html', 'bench/table.js', 'bench/rows.js', 'builder.html', 'builder.js', 'builder-manifest.js', 'builder-snippet.js', 'builder.css'];
/** /cdn/ files: plain names, one folder deep at most, scripts and styles only. */
const CDN_FILE = /^\/cdn\/(?:[\w-]+\/)?[\w-]+(?:\.[\w-]+)*\.(?:js|css)$/;

const text = (status, body, headers = {}) =>
  new Response(body, { status, headers: { ...securityHeaders('page'), 'content-type': 'text/plain; charset=utf-8', ...headers } });

/** @param {string} root the repository */
export function createStaticFiles(root) {
  const files = new Map(DEMO_FILES.map((file) => [`/${file}`, join(root, 'demo', file)]));
  files.set('/', join(root, 'demo', 'index.html'));
  files.set('/custom-elements.json', join(root, 'custom-elements.json')); // the embed builder's form

  /** The file a URL path names, or null when it is not on the list. */
  function resolve(pathname) {
    if (files.has(pathname)) return files.get(pathname);
    if (CDN_FILE.test(pathname)) return join(root, 'dist', pathname);
    return null;
  }

  /** Answers GET and HEAD for listed files, 404 for the rest (a Fetch handler, like the intake). */
  return async function serveStatic(request) {
    const { pathname } = new URL(request.url);
    const file = resolve(pathname);
    const body = file && (await readFile(file).catch(() => null));
    if (!body) return text(404, 'Not found\n');
    if (request.method !== 'GET' && request.method !== 'HEAD') return text(405, 'Method not allowed\n', { allow: 'GET, HEAD' });
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: { ...securityHeaders('page'), 'content-type': TYPES[extname(file)], 'content-length': String(body.length), 'cache-control': 'no-cache' },
    });
  };
}
