// How much each client may do per window of time, in memory that stays bounded whatever
// addresses arrive.

/**
 * A counter per client over fixed windows of time (each minute, each day, …) shared by all
 * clients. When a window ends its whole table is dropped at once, so nothing is scanned and each
 * check is O(1). At most `maxClients` are tracked per window: past that, new clients are let
 * through uncounted (whoever controls that many addresses is not slowed by a per-address limit
 * anyway, and patients keep getting through). A refused request is not counted, so a client that
 * keeps trying is let in when the window ends.
 */
export function createWindowCounter({ limit, windowMs, maxClients = 100_000 }: { limit: number; windowMs: number; maxClients?: number }) {
  let window = -1;
  let used = new Map<string, number>(); // client → what it used in the current window
  function roll(now: number) {
    const current = Math.floor(now / windowMs);
    if (current !== window) {
      window = current;
      used = new Map();
    }
  }
  /** Seconds until the current window ends (1 at least). */
  function retryAfter(now = Date.now()): number {
    return Math.max(1, Math.ceil(((Math.floor(now / windowMs) + 1) * windowMs - now) / 1000));
  }
  return {
    /** Takes `cost` from the client's allowance: 0 when allowed, else the seconds until it may retry. */
    take(client: string, cost = 1, now = Date.now()): number {
      roll(now);
      const before = used.get(client) ?? 0;
      if (before + cost > limit) return retryAfter(now);
      if (before || used.size < maxClients) used.set(client, before + cost);
      return 0;
    },
    /** What the client has used in the current window. */
    used(client: string, now = Date.now()): number {
      roll(now);
      return used.get(client) ?? 0;
    },
    retryAfter,
    /** Clients tracked in the current window. */
    get size(): number {
      return used.size;
    },
  };
}
