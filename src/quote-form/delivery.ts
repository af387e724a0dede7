/**
 * Gets one quote request to the partner's endpoint exactly once, whatever the network does:
 * the same Idempotency-Key on every attempt, retries with backoff on network failures, timeouts,
 * 5xx and 429 (honouring Retry-After), no retry on other 4xx, and a wait while offline.
 */
import type { DataIssue } from '../schema/validate.js';
import type { QuoteRequest } from '../schema/quote-request.js';

export type DeliveryState =
  | { phase: 'sending'; attempt: number }
  | { phase: 'waiting'; attempt: number; seconds: number }
  | { phase: 'offline' };

export type DeliveryResult =
  | { ok: true; reference: string }
  | { ok: false; kind: 'invalid'; status: number; errors: DataIssue[] }
  | { ok: false; kind: 'rejected' | 'server' | 'network'; status?: number };

export interface DeliveryOptions {
  endpoint: URL;
  request: QuoteRequest;
  photos: File[];
  key: string;
  onState(state: DeliveryState): void;
  /** First retry delay; later ones double, up to 30 s. */
  retryBaseMs?: number;
  timeoutMs?: number;
  maxAttempts?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function whenOnline(): Promise<void> {
  return navigator.onLine ? Promise.resolve() : new Promise((resolve) => addEventListener('online', () => resolve(), { once: true }));
}

/** Retry-After in seconds or as an HTTP date; null when absent or unreadable. Capped at 2 minutes. */
export function retryAfterMs(header: string | null): number | null {
  if (!header) return null;
  const seconds = /^\d+$/.test(header.trim()) ? Number(header) * 1000 : Date.parse(header) - Date.now();
  return Number.isFinite(seconds) ? Math.min(Math.max(seconds, 0), 120_000) : null;
}

function body(request: QuoteRequest, photos: File[]): { body: BodyInit; headers: Record<string, string> } {
  const json = JSON.stringify(request);
  if (!photos.length) return { body: json, headers: { 'content-type': 'application/json' } };
  const form = new FormData();
  form.append('request', new Blob([json], { type: 'application/json' }));
  for (const photo of photos) form.append('photos', photo, photo.name);
  return { body: form, headers: {} }; // the browser sets the multipart boundary
}

async function fieldErrors(response: Response): Promise<DataIssue[]> {
  try {
    const { errors } = (await response.json()) as { errors?: unknown };
    return Array.isArray(errors)
      ? errors.filter((e): e is DataIssue => typeof e?.path === 'string' && typeof e?.message === 'string')
      : [];
  } catch {
    return [];
  }
}

export async function deliver(options: DeliveryOptions): Promise<DeliveryResult> {
  const { endpoint, request, photos, key, onState, retryBaseMs = 1000, timeoutMs = 30_000, maxAttempts = 8 } = options;
  const { body: payload, headers } = body(request, photos);
  let last: DeliveryResult = { ok: false, kind: 'network' };
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    if (!navigator.onLine) {
      onState({ phase: 'offline' });
      await whenOnline();
    }
    onState({ phase: 'sending', attempt });
    let wait: number | null = null;
    try {
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: { ...headers, 'idempotency-key': key, accept: 'application/json' },
        body: payload,
        signal: AbortSignal.timeout(timeoutMs),
        credentials: 'omit',
      });
      if (response.ok) {
        const reference = ((await response.json().catch(() => ({}))) as { reference?: unknown }).reference;
        return { ok: true, reference: typeof reference === 'string' ? reference : '' };
      }
      if (response.status === 422) return { ok: false, kind: 'invalid', status: 422, errors: await fieldErrors(response) };
      if (response.status !== 429 && response.status < 500) return { ok: false, kind: 'rejected', status: response.status };
      last = { ok: false, kind: 'server', status: response.status };
      wait = retryAfterMs(response.headers.get('retry-after'));
    } catch {
      last = { ok: false, kind: 'network' }; // dropped connection, DNS, CORS, or the timeout
      if (!navigator.onLine) continue; // the top of the loop waits for the connection
    }
    if (attempt === maxAttempts) break;
    const delay = wait ?? Math.min(retryBaseMs * 2 ** (attempt - 1), 30_000) * (0.8 + Math.random() * 0.4);
    onState({ phase: 'waiting', attempt, seconds: Math.ceil(delay / 1000) });
    await sleep(delay);
  }
  return last;
}
