// The routes under the base path (/api/quotes by default), with Hono's router: its `fetch` is the
// Fetch API's own signature, so the same app runs on every platform that speaks it.
//
//   POST <base>                        a quote request: 201 { reference }, 200 for a retry, 4xx below
//   GET <base>/ticket                  200 { ticket }: a fill-time ticket
//   OPTIONS <base>, <base>/ticket      CORS preflight, for the configured origins only
//   GET <base>?limit=&before=          a page of stored requests, newest first        } the read token
//   GET <base>/:reference/photos/:n    a stored photo, as a download                  } or a signed link
import type { Hono } from 'hono';
import { sameText } from './bytes.js';
import { HttpError } from './errors.js';
import { EXTENSIONS } from './magic-bytes.js';
import type { createPhotoLinks } from './photo-links.js';
import type { BlobStore, QuoteStore } from './types.js';

export type Platform = { platform: unknown };

export interface RouteDependencies {
  basePath: string;
  store: QuoteStore;
  blobs: BlobStore;
  readToken: string | undefined;
  pageSize: number;
  issueTicket: () => Promise<string>;
  photoLinks: ReturnType<typeof createPhotoLinks>;
  /** Rate limit and body handling of a POST; resolves with its answer. */
  receive: (request: Request, platform: unknown) => Promise<{ status: 200 | 201; reference: string }>;
  now: () => number;
}

/** A JSON answer; never cached (it may carry health data). */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  const bytes = new TextEncoder().encode(JSON.stringify(body));
  return new Response(bytes, {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'content-length': String(bytes.length), ...headers },
  });
}

export function errorResponse(error: HttpError): Response {
  return json(error.status, error.body, error.headers);
}

export function createRoutes(HonoClass: typeof Hono, deps: RouteDependencies) {
  const { basePath: base, store, blobs, readToken, pageSize, photoLinks, now } = deps;
  const app = new HonoClass<{ Bindings: Platform }>();

  /** True when the request carries the read token ("Bearer" in any case, compared in constant time). */
  function mayRead(request: Request): boolean {
    const given = /^bearer[ \t]+(\S+)[ \t]*$/i.exec(request.headers.get('authorization') ?? '')?.[1] ?? '';
    return !!readToken && sameText(given, readToken);
  }
  const unauthorized = () => new HttpError(401, 'reading stored requests needs the read token', { headers: { 'www-authenticate': 'Bearer' } });

  const preflight = () =>
    new Response(null, {
      status: 204,
      headers: { 'access-control-allow-methods': 'GET, POST', 'access-control-allow-headers': 'content-type, idempotency-key', 'access-control-max-age': '600' },
    });
  app.options(base, preflight);
  app.options(`${base}/ticket`, preflight);

  app.get(`${base}/ticket`, async () => json(200, { ticket: await deps.issueTicket() }));

  app.post(base, async (c) => {
    const { status, reference } = await deps.receive(c.req.raw, c.env.platform);
    return json(status, { reference });
  });

  app.get(base, async (c) => {
    if (!mayRead(c.req.raw)) throw unauthorized();
    const limit = Math.min(Math.max(Number.parseInt(c.req.query('limit') ?? '', 10) || pageSize, 1), Math.max(pageSize, 100));
    const before = Number.parseInt(c.req.query('before') ?? '', 10);
    return json(200, await store.list({ limit, ...(Number.isSafeInteger(before) ? { before } : {}) }));
  });

  app.get(`${base}/:reference{MQ-[A-Z0-9]{8}}/photos/:position{[0-4]}`, async (c) => {
    const reference = c.req.param('reference');
    const position = Number(c.req.param('position'));
    const url = new URL(c.req.url);
    // The read token, or a link this handler signed for the partner's CRM that has not expired.
    const linked = url.searchParams.has('signature') && (await photoLinks.valid(reference, position, url.searchParams, now()));
    if (!linked && !mayRead(c.req.raw)) throw unauthorized();
    const photo = await store.photo(reference, position);
    const bytes = photo && (photo.data ?? (photo.blobKey ? await blobs.get(photo.blobKey) : null));
    if (!photo || !bytes) throw new HttpError(404, 'not found');
    return new Response(bytes as Uint8Array<ArrayBuffer>, {
      status: 200,
      headers: {
        'content-type': photo.type,
        'content-length': String(bytes.length),
        // A download, never a page: whatever the bytes hold, the browser does not render them here.
        'content-disposition': `attachment; filename="${reference}-photo-${position + 1}.${EXTENSIONS[photo.type] ?? 'bin'}"`,
        'cache-control': 'no-store',
      },
    });
  });

  // Anything else under the base path: 405 for other methods, then 401 before saying what exists.
  app.all(`${base}/*`, (c) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') throw new HttpError(405, 'method not allowed', { headers: { allow: 'GET, POST, OPTIONS' } });
    if (!mayRead(c.req.raw)) throw unauthorized();
    throw new HttpError(404, 'not found');
  });
  app.all(base, () => {
    throw new HttpError(405, 'method not allowed', { headers: { allow: 'GET, POST, OPTIONS' } });
  });
  app.notFound(() => errorResponse(new HttpError(404, 'not found')));
  app.onError((error) => {
    if (error instanceof HttpError) return errorResponse(error);
    throw error; // the handler answers it (a 500 that says nothing of the request)
  });
  return app;
}
