/**
 * Gets one quote request to the partner's endpoint exactly once, whatever the network does:
 * the same Idempotency-Key on every attempt, retries with backoff on network failures, stalls,
 * 408, 409 (the same key still being processed), 429 and 5xx (honouring Retry-After), no retry on
 * other 4xx, and a wait while offline. The wait before a retry counts down each second, and the
 * patient can cut it short ("Try now") or stop trying (`Retry`).
 */
import type { DataIssue } from '../schema/validate.js';
import type { QuoteRequest } from '../schema/quote-request.js';
import { requestFingerprint } from '../schema/fingerprint.js';
import { post } from './upload.js';

export type DeliveryState =
  /** `progress`: the share of a request with photos uploaded so far, 0 to 1. */
  | { phase: 'sending'; attempt: number; progress?: number }
  /** `status`: what the server answered (busy, 503...); none when the connection failed. */
  | { phase: 'waiting'; attempt: number; seconds: number; status?: number }
  | { phase: 'offline' };

export type DeliveryResult = { ok: true; reference: string } | DeliveryFailure;
export type DeliveryFailure = { ok: false; kind: 'invalid'; status: number; errors: DataIssue[] } | { ok: false; kind: 'rejected' | 'server' | 'network'; status?: number };

/** Where a quote request is: being filled in, on its way, with the page (after `mq-submit`'s `preventDefault()`), sent, or failed. */
export type Delivery =
  | { phase: 'idle' }
  | DeliveryState
  | { phase: 'host' }
  | { phase: 'sent'; reference: string }
  | { phase: 'failed'; result: DeliveryFailure };

export interface DeliveryOptions {
  endpoint: URL;
  request: QuoteRequest;
  photos: File[];
  key: string;
  onState(state: DeliveryState): void;
  /** The wait before each retry, which the patient can cut short or end. */
  retry?: Retry;
  /** A new key replaced one the endpoint had seen with other answers. */
  onKey(key: string): void;
  /** First retry delay; later ones double, up to 30 s. */
  retryBaseMs?: number;
  /** An attempt is abandoned after this long without progress (see upload.ts). */
  stallMs?: number;
  maxAttempts?: number;
}

/**
 * A short hash of the request's identity (requestFingerprint: the answers, not the moment), kept
 * with its key in the draft instead of the answers themselves.
 */
export function answersHash(request: QuoteRequest): string {
  let hash = 0x811c9dc5;
  for (const char of requestFingerprint(request)) hash = Math.imul(hash ^ char.codePointAt(0)!, 0x1000193);
  return (hash >>> 0).toString(36);
}

/** The endpoint's fill-time ticket (`GET <endpoint>/ticket`); any failure means none. */
export async function fetchTicket(endpoint: URL | null): Promise<string | undefined> {
  try {
    const url = new URL(endpoint!);
    url.pathname = url.pathname.replace(/\/?$/, '/ticket');
    const { ticket } = await (await fetch(url, { credentials: 'omit' })).json();
    if (typeof ticket === 'string' && /^[\w.-]{1,200}$/.test(ticket)) return ticket;
  } catch {
    // No ticket endpoint, offline, not JSON: the endpoint judges the fill time without one.
  }
}

/** The wait before a retry: it ticks each second, and the patient can end it ("Try now") or give up ("Stop trying"). */
export class Retry {
  #end?: (go: boolean) => void;

  /** Resolves true when it is time to try again, false when the patient stopped trying. */
  wait(ms: number, tick: (seconds: number) => void): Promise<boolean> {
    const until = Date.now() + ms;
    return new Promise((resolve) => {
      const timer = setInterval(() => (Date.now() < until ? tick(Math.ceil((until - Date.now()) / 1000)) : this.#end?.(true)), 1000);
      const timeout = setTimeout(() => this.#end?.(true), ms);
      this.#end = (go) => {
        clearInterval(timer);
        clearTimeout(timeout);
        this.#end = undefined;
        resolve(go);
      };
    });
  }

  now(): void {
    this.#end?.(true);
  }

  stop(): void {
    this.#end?.(false);
  }
}

function whenOnline(): Promise<void> {
  return navigator.onLine ? Promise.resolve() : new Promise((resolve) => addEventListener('online', () => resolve(), { once: true }));
}

/** Retry-After in seconds or as an HTTP date; null when absent or unreadable. Capped at 2 minutes. */
export function retryAfterMs(header: string | null): number | null {
  if (!header) return null;
  const seconds = /^\d+$/.test(header.trim()) ? Number(header) * 1000 : Date.parse(header) - Date.now();
  return Number.isFinite(seconds) ? Math.min(Math.max(seconds, 0), 120_000) : null;
}

function body(request: QuoteRequest, photos: File[]): string | FormData {
  const json = JSON.stringify(request);
  if (!photos.length) return json;
  const form = new FormData();
  form.append('request', new Blob([json], { type: 'application/json' }));
  for (const photo of photos) form.append('photos', photo, photo.name);
  return form; // the browser sets the multipart boundary
}

const fieldErrors = (errors: unknown): DataIssue[] =>
  Array.isArray(errors) ? errors.filter((e): e is DataIssue => typeof e?.path === 'string' && typeof e?.message === 'string') : [];

export async function deliver(options: DeliveryOptions): Promise<DeliveryResult> {
  const { endpoint, photos, onState, onKey, retryBaseMs = 1000, stallMs = 30_000, maxAttempts = 8, retry = new Retry() } = options;
  let { request, key } = options;
  let last: DeliveryFailure = { ok: false, kind: 'network' };
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    if (!navigator.onLine) {
      onState({ phase: 'offline' });
      await whenOnline();
    }
    onState({ phase: 'sending', attempt });
    let wait: number | null = null;
    try {
      const { status, retryAfter, json } = await post(endpoint, body(request, photos), key, stallMs, (progress) => onState({ phase: 'sending', attempt, progress }));
      if (status < 300) return { ok: true, reference: typeof json?.reference === 'string' ? json.reference : '' };
      // The key was used for other answers (an old draft, another tab): the same answers under a new key, at once.
      if (json?.code === 'idempotency-key-reused') {
        onKey((key = crypto.randomUUID()));
        continue;
      }
      // A fill ticket the server no longer takes (expired): without one it judges the fill time itself.
      if (json?.code === 'too-fast' && request.ticket) {
        request = { ...request, ticket: undefined };
        continue;
      }
      if (status === 422) return { ok: false, kind: 'invalid', status, errors: fieldErrors(json?.errors) };
      if (status < 500 && ![408, 409, 429].includes(status)) return { ok: false, kind: 'rejected', status };
      last = { ok: false, kind: 'server', status };
      wait = retryAfterMs(retryAfter);
    } catch {
      last = { ok: false, kind: 'network' }; // dropped connection, DNS, CORS, or a stall
      if (!navigator.onLine) continue; // the top of the loop waits for the connection
    }
    if (attempt === maxAttempts) break;
    const delay = wait ?? Math.min(retryBaseMs * 2 ** (attempt - 1), 30_000) * (0.8 + Math.random() * 0.4);
    const waiting = (seconds: number) => onState({ phase: 'waiting', attempt, seconds, status: last.status });
    waiting(Math.ceil(delay / 1000));
    if (!(await retry.wait(delay, waiting))) break;
  }
  return last;
}
