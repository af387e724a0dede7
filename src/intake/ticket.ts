// The fill-time ticket: the handler's own note of when a patient started, so the minimum fill
// time is measured by the server, not taken on the client's word (`fillMs`).
//
// A ticket is `<issuedAtMs>.<base64url HMAC-SHA256(issuedAtMs)>`, signed with the handler's
// secret, so tickets stay valid across restarts and instances and cannot be forged or back-dated.
import { fromBase64Url, toBase64Url, type HmacKey } from './bytes.js';

/** Long enough for a patient who leaves the tab open over a weekend; a bot cannot stockpile them forever. */
export const TICKET_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

export type TicketVerdict = 'ok' | 'too-fast' | 'forged' | 'expired';

export function createTickets(key: HmacKey) {
  // The message is the time alone (digits), as tickets issued before this module were signed.
  const message = (issuedAt: number) => String(issuedAt);
  return {
    async issue(now = Date.now()): Promise<string> {
      return `${now}.${toBase64Url(await key.sign(message(now)))}`;
    },
    /** 'ok', or why the ticket is refused. */
    async check(ticket: string, { minFillMs, now = Date.now(), maxAgeMs = TICKET_MAX_AGE_MS }: { minFillMs: number; now?: number; maxAgeMs?: number }): Promise<TicketVerdict> {
      const match = /^(\d{13})\.([\w-]{43})$/.exec(ticket);
      const mac = match && fromBase64Url(match[2]!);
      // Only the canonical spelling: two texts that decode to the same bytes are not the same ticket.
      if (!match || !mac || toBase64Url(mac) !== match[2] || !(await key.verify(message(Number(match[1])), mac))) return 'forged';
      const issuedAt = Number(match[1]);
      if (now - issuedAt > maxAgeMs) return 'expired';
      if (now - issuedAt < minFillMs) return 'too-fast';
      return 'ok';
    },
  };
}
