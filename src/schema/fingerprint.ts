/**
 * What makes two quote requests "the same request" for idempotency, as payment APIs do it: the
 * same key with the same fingerprint is a retry (answered with the first reference); the same key
 * with another fingerprint is a different request and is refused, so a patient's correction is
 * never silently dropped.
 *
 * The fingerprint is the request as canonical JSON (keys sorted) without what changes between two
 * sends of the same answers: the fill time, the CAPTCHA token and fill ticket, and the moment
 * each consent was given (its words stay in). The form and the intake compute it alike.
 */
import type { QuoteRequest } from './quote-request.js';

const VOLATILE = new Set(['fillMs', 'captchaToken', 'ticket']);

function canonical(value: unknown, depth: number): unknown {
  if (Array.isArray(value)) return value.map((item) => canonical(item, depth + 1));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([key, item]) => item !== undefined && !(depth === 0 && VOLATILE.has(key)))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, item]) => [key, canonical(item, depth + 1)]);
  return Object.fromEntries(entries);
}

/** The request's identity as a string: equal strings mean the same answers. */
export function requestFingerprint(request: QuoteRequest): string {
  const { consents, ...rest } = request;
  const words = Object.fromEntries(
    Object.entries(consents).filter(([, consent]) => consent).map(([name, consent]) => [name, { ...consent, at: undefined }]),
  );
  return JSON.stringify(canonical({ ...rest, consents: words }, 0));
}
