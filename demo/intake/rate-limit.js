// Who a client is (behind trusted proxies, IPv6 by /64), and how much each may do per window,
// in memory that stays bounded whatever addresses arrive.
import { BlockList, isIPv4, isIPv6 } from 'node:net';

/**
 * A counter per client over fixed windows of time (each minute, each day, …) shared by all
 * clients. When a window ends its whole table is dropped at once, so nothing is scanned and each
 * check is O(1). At most `maxClients` are tracked per window: past that, new clients are let
 * through uncounted (whoever controls that many addresses is not slowed by a per-address limit
 * anyway, and patients keep getting through). A refused request is not counted, so a client that
 * keeps trying is let in when the window ends.
 * @param {{ limit: number, windowMs: number, maxClients?: number }} options
 */
export function createWindowCounter({ limit, windowMs, maxClients = 100_000 }) {
  let window = -1;
  let used = new Map(); // client → what it used in the current window
  function roll(now) {
    const current = Math.floor(now / windowMs);
    if (current !== window) {
      window = current;
      used = new Map();
    }
  }
  /** Seconds until the current window ends (1 at least). */
  function retryAfter(_client, now = Date.now()) {
    return Math.max(1, Math.ceil(((Math.floor(now / windowMs) + 1) * windowMs - now) / 1000));
  }
  return {
    /** Takes `cost` from the client's allowance: 0 when allowed, else the seconds until it may retry. */
    take(client, cost = 1, now = Date.now()) {
      roll(now);
      const before = used.get(client) ?? 0;
      if (before + cost > limit) return retryAfter(client, now);
      if (before || used.size < maxClients) used.set(client, before + cost);
      return 0;
    },
    /** What the client has used in the current window. */
    used(client, now = Date.now()) {
      roll(now);
      return used.get(client) ?? 0;
    },
    retryAfter,
    /** Clients tracked in the current window. */
    get size() {
      return used.size;
    },
  };
}

/** '::ffff:1.2.3.4' → '1.2.3.4'; other addresses as they are. */
function plain(address) {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1] : address;
}

/** The eight groups of an IPv6 address, '::' expanded (and a dotted IPv4 tail as two groups). */
function ipv6Groups(address) {
  let text = address.toLowerCase().split('%')[0];
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number);
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
  return groups.map((group) => parseInt(group, 16));
}

/** The bucket a client is counted in: its IPv4 address, or its IPv6 /64 (one home or phone). */
export function clientKey(address) {
  const ip = plain(address);
  if (!isIPv6(ip)) return ip;
  return `${ipv6Groups(ip).slice(0, 4).map((group) => group.toString(16)).join(':')}::/64`;
}

/**
 * The proxies whose X-Forwarded-For is believed: addresses or CIDR ranges ('10.0.0.0/8').
 * Nothing is trusted unless configured: a client could write any X-Forwarded-For it likes.
 */
export function trustedProxies(list = []) {
  const blocks = new BlockList();
  for (const entry of list) {
    const [address, bits] = entry.trim().split('/');
    const type = isIPv4(address) ? 'ipv4' : 'ipv6';
    if (!isIPv4(address) && !isIPv6(address)) throw new Error(`not an IP address or range: ${entry}`);
    if (bits === undefined) blocks.addAddress(address, type);
    else blocks.addSubnet(address, Number(bits), type);
  }
  if (!list.length) return () => false;
  return (address) => {
    const ip = plain(address);
    return (isIPv4(ip) && blocks.check(ip, 'ipv4')) || (isIPv6(ip) && blocks.check(ip, 'ipv6'));
  };
}

/**
 * The client's address: the socket's peer, or, when that peer is a trusted proxy, the nearest
 * address in X-Forwarded-For (read from the right) that is not itself a trusted proxy.
 * @param {string} peer
 * @param {string | string[] | undefined} forwardedFor
 * @param {(address: string) => boolean} isTrusted
 */
export function clientAddress(peer, forwardedFor, isTrusted) {
  let address = plain(peer ?? '');
  if (!isTrusted(address) || !forwardedFor) return address;
  const hops = [forwardedFor].flat().join(',').split(',').map((hop) => hop.trim());
  while (hops.length && isTrusted(address)) {
    const next = plain(hops.pop());
    if (!isIPv4(next) && !isIPv6(next)) break;
    address = next;
  }
  return address;
}
