// The headers every answer carries, errors included.

const LOCKED = "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * Pages (a demo's HTML, its scripts and styles): the strict policy partners are promised the
 * widgets work under, plus what stops framing, <base> hijacks and form posts elsewhere.
 */
export const PAGE_CSP = `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'`;
/** API answers and stored photos: nothing in them may run or load anything. */
export const API_CSP = `default-src 'none'; ${LOCKED}; sandbox`;

/** The security headers for an API answer (`'api'`) or a page and its files (`'page'`). */
export function securityHeaders(kind: 'page' | 'api' = 'api'): Record<string, string> {
  return {
    'content-security-policy': kind === 'page' ? PAGE_CSP : API_CSP,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
  };
}
