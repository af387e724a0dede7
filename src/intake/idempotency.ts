// Idempotency as payment APIs do it: a key names one request, and the key is kept with a hash of
// that request, so a retry is recognised and a different request under the same key is refused.
import { requestFingerprint, type QuoteRequest } from '../schema/index.js';
import { sha256Hex } from './bytes.js';
import { HttpError } from './errors.js';

/**
 * SHA-256 of the request's fingerprint (the form computes the same one; it leaves out what
 * differs between two sends of the same answers) and of each photo's bytes (`photoHashes`, hex).
 */
export function requestHash(request: QuoteRequest, photoHashes: readonly string[] = []): Promise<string> {
  return sha256Hex([requestFingerprint(request), ...photoHashes].join('\n'));
}

export const keyReused = () =>
  new HttpError(422, 'this Idempotency-Key was already used for a different request; send it with a new key', { code: 'idempotency-key-reused' });

export const inProgress = () =>
  new HttpError(409, 'a request with this Idempotency-Key is still being processed; try again in a moment', {
    code: 'request-in-progress',
    headers: { 'retry-after': '1' },
  });

/**
 * The keys being processed right now, by this handler. Two requests with one key never run side
 * by side: the second is told 409 (Retry-After: 1) and, on retry, gets the first's answer.
 * Across instances the store's unique key does the same job.
 */
export function createInFlight() {
  const keys = new Set<string>();
  return {
    /** Runs `work` holding `key`, or throws 409 when another request holds it. */
    async run<T>(key: string, work: () => Promise<T>): Promise<T> {
      if (keys.has(key)) throw inProgress();
      keys.add(key);
      try {
        return await work();
      } finally {
        keys.delete(key);
      }
    },
  };
}
