// The fill-time ticket: the server's own note of when a patient started, so the minimum fill
// time is measured by the server, not taken on the client's word (`fillMs`).
//
// A ticket is `<issuedAtMs>.<base64url HMAC-SHA256(issuedAtMs)>`, signed with a secret kept in
// the data directory, so tickets stay valid across restarts and cannot be forged or back-dated.
import { createHmac, timingSafeEqual } from 'node:crypto';

/** Long enough for a patient who leaves the tab open over a weekend; a bot cannot stockpile them forever. */
export const TICKET_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

/** @param {Buffer | string} secret */
export function createTickets(secret) {
  const sign = (issuedAt) => createHmac('sha256', secret).update(String(issuedAt)).digest('base64url');
  return {
    issue(now = Date.now()) {
      return `${now}.${sign(now)}`;
    },
    /**
     * 'ok', or why the ticket is refused: 'too-fast' (sent before `minFillMs` had passed),
     * 'forged' (not ours), 'expired'.
     */
    check(ticket, { minFillMs, now = Date.now(), maxAgeMs = TICKET_MAX_AGE_MS }) {
      const match = /^(\d{13})\.([\w-]{43})$/.exec(ticket);
      if (!match) return 'forged';
      const issuedAt = Number(match[1]);
      const given = Buffer.from(match[2]);
      const expected = Buffer.from(sign(issuedAt));
      if (!timingSafeEqual(given, expected)) return 'forged';
      if (now - issuedAt > maxAgeMs) return 'expired';
      if (now - issuedAt < minFillMs) return 'too-fast';
      return 'ok';
    },
  };
}
