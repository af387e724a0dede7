// createQuoteHandler(options): the intake for <mq-quote-form> as `(request) => Promise<Response>`,
// on the Fetch API only, so the same code runs on Node (see ./node.ts), Deno, Bun and serverless
// platforms. Everything the reference server does lives here, so every deployment gets it.
import { clientAddress, clientKey, trustedProxies } from './addresses.js';
import type { Stall } from './body.js';
import { hmacKey } from './bytes.js';
import { HttpError } from './errors.js';
import { DAY_MS, sweep } from './maintenance.js';
import { loadOptional } from './optional.js';
import { createOriginPolicy } from './origins.js';
import { createOutboxWorker, type ForwardOptions } from './outbox.js';
import { createPhotoLinks } from './photo-links.js';
import { createWindowCounter } from './rate-limit.js';
import { createReceiver } from './receive.js';
import { createRoutes, errorResponse } from './routes.js';
import { securityHeaders } from './security-headers.js';
import { createTickets } from './ticket.js';
import type { BlobStore, QuoteStore } from './types.js';

export interface QuoteHandlerLimits {
  /** Requests per minute per client (an IPv4 address or an IPv6 /64): 30. */
  requestsPerMinute?: number;
  /** Photo bytes one client may send per day: 100 MB. */
  uploadBytesPerDay?: number;
  /** Uploads received at once, all clients together: 8 (two per client). */
  maxConcurrentUploads?: number;
  /** Requests per page of the staff list: 50 (at most 100 unless set higher). */
  pageSize?: number;
  /** A body sending fewer than `stallBytes` (8 KiB) in `stallMs` (30 s) is cut off with 408. */
  stallMs?: number;
  stallBytes?: number;
}

export interface QuoteHandlerOptions {
  /** sqliteStore(path) or postgresStore(url), or your own QuoteStore. */
  store: QuoteStore;
  /** Where photos' bytes go: fileBlobs(dir) or your object storage (default: the store's own, sqliteStore's folder). */
  blobs?: BlobStore;
  /** The secret that reading stored requests and photos needs (as a Bearer token); without one nothing stored can be read back. */
  readToken?: string;
  /** Where the handler is reached (http or https); only their hosts are answered. Without any, every Host is answered. */
  publicOrigins?: string[];
  /** Other sites whose pages may send requests (CORS). */
  allowedOrigins?: string[];
  /** Reverse proxies (addresses or CIDR ranges) whose X-Forwarded-For is believed. */
  trustedProxies?: string[];
  /**
   * The address of the peer that sent the request (the Fetch API has none). By default the
   * platform argument's `remoteAddress` (the Node adapter) or `remoteAddr.hostname` (Deno.serve).
   */
  clientAddress?: (request: Request, platform: unknown) => string | null | undefined;
  /** Where the routes are: '/api/quotes'. */
  basePath?: string;
  /** Signs tickets and photo links; by default a random secret kept in the store, shared by every instance. */
  secret?: string;
  limits?: QuoteHandlerLimits;
  /** Requests filled in faster than this are taken for bots: 1500 ms. */
  minFillMs?: number;
  /** Asks the CAPTCHA provider whether the request's `captchaToken` is good; without it none is checked. */
  verifyCaptcha?: (token: string | undefined, context: { client: string }) => boolean | Promise<boolean>;
  /** Sends each stored request to the partner's webhook, signed, exactly once (see ForwardOptions). */
  forward?: ForwardOptions;
  /** Requests and photos are deleted this many days after arrival: 90. */
  retentionDays?: number;
  /** A photo file no request refers to is deleted once it has not been written for this long: 1 hour. */
  blobGraceMs?: number;
  /** The clock (tests). */
  now?: () => number;
  /** Where problems are reported (never request data): console.error. */
  log?: (message: string) => void;
}

export interface QuoteHandler {
  (request: Request, platform?: unknown): Promise<Response>;
  /** Resolves once the store is open; rejects with the reason it cannot be (a missing package, a database down). */
  ready(): Promise<void>;
  /** Stops the outbox worker and the retention timer, and closes the store. */
  close(): Promise<void>;
  /** Deletes what is past retention now (done at start and hourly); resolves with how many requests. */
  sweep(): Promise<number>;
  /** Delivers every outbox entry that is due now (for platforms without background work: call it on a schedule). */
  flushOutbox(): Promise<number>;
  /** Whether a Host header names one of the public origins (for routes served beside the handler). */
  hostAllowed(host: string | null | undefined): boolean;
  readonly basePath: string;
}

/** The peer's address as Node's adapter (`remoteAddress`) and Deno.serve (`remoteAddr.hostname`) pass it. */
function platformAddress(platform: unknown): string | undefined {
  const given = platform as { remoteAddress?: unknown; remoteAddr?: { hostname?: unknown } } | undefined;
  const address = given?.remoteAddress ?? given?.remoteAddr?.hostname;
  return typeof address === 'string' ? address : undefined;
}

export function createQuoteHandler(options: QuoteHandlerOptions): QuoteHandler {
  const { store, readToken, minFillMs = 1500, verifyCaptcha, retentionDays = 90, blobGraceMs = 60 * 60 * 1000, now = Date.now } = options;
  const log = options.log ?? ((message: string) => console.error(message));
  const limits = { requestsPerMinute: 30, uploadBytesPerDay: 100 * 1024 * 1024, maxConcurrentUploads: 8, pageSize: 50, ...options.limits };
  const basePath = (options.basePath ?? '/api/quotes').replace(/\/+$/, '');
  if (!/^(\/[\w.-]+)+$/.test(basePath)) throw new Error(`createQuoteHandler: basePath must be a path such as /api/quotes, not ${options.basePath}`);
  if (!(retentionDays > 0)) throw new Error('createQuoteHandler: retentionDays must be a number of days above 0');
  const origins = createOriginPolicy(options);
  const isTrustedProxy = trustedProxies(options.trustedProxies);
  const rate = createWindowCounter({ limit: limits.requestsPerMinute, windowMs: 60_000 });
  const forward = options.forward;
  const linkBase = forward && (forward.linkBase?.replace(/\/+$/, '') ?? (origins.first && `${origins.first}${basePath}`));
  if (forward) {
    if (!/^https?:\/\//.test(forward.url) || !URL.canParse(forward.url)) throw new Error(`createQuoteHandler: forward.url must be an http(s) URL, not ${forward.url}`);
    if (!forward.secret) throw new Error('createQuoteHandler: forward.secret is required (it signs each delivery)');
    if (!linkBase) throw new Error('createQuoteHandler: forwarding needs publicOrigins or forward.linkBase, to link the photos it sends');
  }
  let warnedAddress = false;

  /** The client a request is counted as: its address (behind trusted proxies), IPv6 by /64. */
  function clientOf(request: Request, platform: unknown): string {
    const peer = options.clientAddress ? options.clientAddress(request, platform) : platformAddress(platform);
    if (!peer) {
      if (!warnedAddress) log('medquote intake: no client address (pass clientAddress to createQuoteHandler): every client shares one rate limit');
      warnedAddress = true;
      return 'unknown';
    }
    return clientKey(clientAddress(peer, request.headers.get('x-forwarded-for'), isTrustedProxy));
  }

  async function setup() {
    const { Hono } = await loadOptional('hono', () => import('hono'), 'createQuoteHandler');
    await store.open();
    const blobs = options.blobs ?? store.defaultBlobs?.();
    if (!blobs) throw new Error('createQuoteHandler: this store keeps no photos itself: pass blobs (fileBlobs(dir) or your object storage)');
    const key = await hmacKey(options.secret ?? (await store.secret()));
    const tickets = createTickets(key);
    const photoLinks = createPhotoLinks(key);
    const worker =
      forward &&
      createOutboxWorker({ store, forward, now, log, photoLink: (reference, position, expires) => photoLinks.link(linkBase!, reference, position, expires) });
    const stall: Stall = { ...(limits.stallMs ? { stallMs: limits.stallMs } : {}), ...(limits.stallBytes ? { stallBytes: limits.stallBytes } : {}) };
    const receive = createReceiver({
      ...limits,
      store,
      blobs,
      tickets,
      minFillMs,
      verifyCaptcha,
      uploadsPerClient: 2,
      stall,
      forwarding: !!forward,
      stored: () => worker?.nudge(),
      now,
      log,
    });
    const app = createRoutes(Hono, {
      basePath,
      store,
      blobs,
      readToken,
      pageSize: limits.pageSize,
      photoLinks,
      now,
      issueTicket: () => tickets.issue(now()),
      async receive(request, platform) {
        const client = clientOf(request, platform);
        const wait = rate.take(client, 1, now());
        if (wait) throw new HttpError(429, 'too many requests; try again later', { headers: { 'retry-after': String(wait) } });
        return receive(request, client);
      },
    });
    const runSweep = () => sweep({ store, blobs, cutoff: now() - retentionDays * DAY_MS, blobGraceMs });
    await runSweep();
    const sweeper = setInterval(() => runSweep().catch((error) => log(`medquote intake: retention sweep failed: ${error?.message ?? error}`)), 60 * 60 * 1000);
    (sweeper as { unref?: () => void }).unref?.();
    worker?.start();
    return { app, worker, sweeper, runSweep };
  }

  let setupDone: ReturnType<typeof setup> | undefined;
  let closed = false;
  function started() {
    if (closed) return Promise.reject(new Error('createQuoteHandler: closed'));
    // A failed start (a database not up yet) is tried again by the next request.
    setupDone ??= setup().catch((error) => {
      setupDone = undefined;
      throw error;
    });
    return setupDone;
  }
  // The outbox worker runs from creation; a problem now is reported, and met again by ready() or a request.
  started().catch((error) => log(`medquote intake: ${error?.message ?? error}`));

  /** Every answer carries the security headers, `Vary: Origin` and, for allowed origins, CORS. */
  function finish(response: Response, cors: Record<string, string>): Response {
    const headers = new Headers({ ...securityHeaders('api'), ...cors, vary: 'Origin' });
    response.headers.forEach((value, name) => headers.set(name, value));
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  }

  async function handle(request: Request, platform?: unknown): Promise<Response> {
    let cors: Record<string, string> = {};
    try {
      const url = new URL(request.url);
      try {
        decodeURIComponent(url.pathname);
      } catch {
        throw new HttpError(400, 'the request target could not be read');
      }
      const policy = origins.cors(request.headers.get('origin'));
      cors = policy.headers;
      // The URL's host (a request target in absolute form names its own, RFC 9112) and the Host header, when both are there.
      const host = request.headers.get('host');
      if (!origins.hostAllowed(url.host) || (host !== null && !origins.hostAllowed(host))) {
        throw new HttpError(421, 'this server does not answer for that host name');
      }
      if (!policy.allowed) throw new HttpError(403, 'this origin may not send requests here');
      const { app } = await started();
      const response = await app.fetch(request, { platform });
      // Stored requests and photos are never shared with another origin's page.
      const shared = !['GET', 'HEAD'].includes(request.method) || url.pathname === `${basePath}/ticket` || response.status >= 400;
      return finish(response, shared ? cors : {});
    } catch (caught) {
      if (!(caught instanceof HttpError)) log(`medquote intake: ${(caught as Error)?.stack ?? caught}`);
      const error = caught instanceof HttpError ? caught : new HttpError(500, 'the request could not be handled; try again', { headers: { connection: 'close' } });
      return finish(errorResponse(error), cors);
    }
  }

  return Object.assign(handle, {
    basePath,
    async ready() {
      await started();
    },
    async close() {
      if (closed) return;
      const running = setupDone?.catch(() => undefined);
      closed = true;
      const state = await running;
      if (state) {
        clearInterval(state.sweeper);
        await state.worker?.stop();
      }
      await store.close();
    },
    async sweep() {
      return (await started()).runSweep();
    },
    async flushOutbox() {
      const { worker } = await started();
      return worker ? worker.drain() : 0;
    },
    hostAllowed: (host: string | null | undefined) => origins.hostAllowed(host),
  });
}

