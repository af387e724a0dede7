// Forwarding, exactly once: each stored request has an outbox entry written in its transaction;
// this worker sends the due entries to the partner's webhook, signed, and the store marks an entry
// done only when the webhook answered 2xx. Failed attempts are retried with backoff (or when the
// webhook's Retry-After says), across restarts, since the entries live in the store.
import { signPayload } from './signature.js';
import type { DeliveryOutcome, OutboxEntry, QuoteStore } from './types.js';

export interface ForwardOptions {
  /** The partner's webhook (their CRM, an automation service, a mail relay). */
  url: string;
  /** Signs each delivery (MQ-Signature); the receiver checks it with verifySignature(). */
  secret: string;
  /** Where the photo links point: the handler's public URL (default: the first public origin and the base path). */
  linkBase?: string;
  /** How long a photo link works after the delivery that carries it (7 days). */
  linkTtlSeconds?: number;
  /** An attempt that has not been answered in this long failed (30 s). */
  timeoutMs?: number;
  /** The first retry waits this long, doubling each time up to `maxBackoffMs` (5 s, 1 hour). */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** How often to look for due entries when nothing new was stored here (1 s). */
  pollMs?: number;
  /**
   * Workers per instance (4), each claiming up to `batchSize` entries (4) at a time and holding
   * them (in PostgreSQL, with a connection of the pool) while it sends them. A slow webhook
   * answer holds up only its own worker.
   */
  concurrency?: number;
  batchSize?: number;
  /** The fetch to send with (tests, proxies). */
  fetch?: typeof fetch;
}

/** The body the webhook receives. */
export interface ForwardedQuote {
  reference: string;
  receivedAt: string;
  request: unknown;
  photos: { name: string; type: string; size: number; url: string; expiresAt: string }[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Milliseconds a Retry-After header asks for (seconds or an HTTP date), or null. */
export function retryAfterMs(header: string | null, now: number): number | null {
  if (!header) return null;
  if (/^\d+$/.test(header.trim())) return Math.min(Number(header) * 1000, DAY_MS);
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.min(Math.max(date - now, 0), DAY_MS);
}

export function createOutboxWorker({
  store,
  forward,
  photoLink,
  now,
  log,
}: {
  store: QuoteStore;
  forward: ForwardOptions;
  photoLink: (reference: string, position: number, expires: number) => Promise<string>;
  now: () => number;
  log: (message: string) => void;
}) {
  const { timeoutMs = 30_000, backoffMs = 5000, maxBackoffMs = 60 * 60 * 1000, pollMs = 1000, concurrency = 4, batchSize = 4, linkTtlSeconds = 7 * 24 * 60 * 60 } = forward;
  const send = forward.fetch ?? fetch;
  // A claimed entry is held a little longer than an attempt can take, so it is never sent twice at once.
  const leaseMs = timeoutMs * 2 + 5000;

  function backoff(attempts: number): number {
    return Math.round(Math.min(maxBackoffMs, backoffMs * 2 ** Math.min(attempts, 30)) * (0.8 + Math.random() * 0.4));
  }

  async function deliver(entry: OutboxEntry): Promise<DeliveryOutcome> {
    const expires = Math.floor(now() / 1000) + linkTtlSeconds;
    const photos = await Promise.all(
      entry.photos.map(async (photo, position) => ({
        ...photo,
        url: await photoLink(entry.reference, position, expires),
        expiresAt: new Date(expires * 1000).toISOString(),
      })),
    );
    const quote: ForwardedQuote = { reference: entry.reference, receivedAt: new Date(entry.receivedAt).toISOString(), request: entry.request, photos };
    const body = JSON.stringify(quote);
    const failed = (status: number | null, error: string, retryAt = now() + backoff(entry.attempts)): DeliveryOutcome => ({
      delivered: false,
      status,
      error,
      finishedAt: now(),
      retryAt,
    });
    try {
      const response = await send(forward.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'mq-signature': await signPayload(body, forward.secret, now()),
          'idempotency-key': entry.key,
          'user-agent': 'medquote-intake',
        },
        body,
        // A redirect could carry the signed request elsewhere: it counts as a failure.
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      });
      await response.body?.cancel().catch(() => {});
      if (response.status >= 200 && response.status < 300) return { delivered: true, status: response.status, error: null, finishedAt: now(), retryAt: 0 };
      const asked = retryAfterMs(response.headers.get('retry-after'), now());
      return failed(response.status, `the webhook answered ${response.status}`, asked === null ? undefined : Math.round(now() + asked));
    } catch (error) {
      const reason = (error as Error)?.name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : String((error as Error)?.cause ?? (error as Error)?.message ?? error);
      return failed(null, reason);
    }
  }

  let running = true;
  const waiting = new Set<() => void>();
  function idle(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        waiting.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      (timer as { unref?: () => void }).unref?.();
      waiting.add(wake);
    });
  }

  /** Delivers what is due until nothing is; returns how many entries were attempted. */
  async function drain(): Promise<number> {
    let attempted = 0;
    for (;;) {
      const claimed = await store.deliverDue(now(), { leaseMs, limit: batchSize }, deliver);
      attempted += claimed;
      if (!claimed || !running) return attempted;
    }
  }

  async function loop() {
    while (running) {
      try {
        await drain();
      } catch (error) {
        log(`medquote intake: the outbox could not be read: ${(error as Error)?.message ?? error}`);
      }
      if (running) await idle(pollMs);
    }
  }

  let workers: Promise<void>[] | undefined;
  return {
    start() {
      workers ??= Array.from({ length: Math.max(1, concurrency) }, loop);
    },
    /** Something was stored: look now rather than at the next poll. */
    nudge() {
      for (const wake of [...waiting]) wake();
    },
    drain,
    /** Stops claiming entries and waits for the attempts under way (at most `timeoutMs`). */
    async stop() {
      running = false;
      for (const wake of [...waiting]) wake();
      await Promise.all(workers ?? []);
    },
  };
}
