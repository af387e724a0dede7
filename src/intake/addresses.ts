// Who a client is: its address (behind trusted proxies only from X-Forwarded-For), counted as an
// IPv4 address or an IPv6 /64 (one home or phone). Plain parsing, no platform module needed.

const V4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]\d|\d)$/;

export const isIPv4 = (text: string): boolean => V4.test(text);

/** The eight 16-bit groups of an IPv6 address ('::' expanded, a dotted IPv4 tail as two groups), or null. */
export function ipv6Groups(address: string): number[] | null {
  let text = address.toLowerCase().split('%')[0]!;
  const v4 = /(?:^|:)((?:\d+\.){3}\d+)$/.exec(text);
  if (v4) {
    if (!isIPv4(v4[1]!)) return null;
    const [a, b, c, d] = v4[1]!.split('.').map(Number) as [number, number, number, number];
    text = `${text.slice(0, text.length - v4[1]!.length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const left = halves[0] ? halves[0].split(':') : [];
  const right = halves[1] ? halves[1].split(':') : [];
  const missing = 8 - left.length - right.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const groups = [...left, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...right];
  if (!groups.every((group) => /^[0-9a-f]{1,4}$/.test(group))) return null;
  return groups.map((group) => Number.parseInt(group, 16));
}

export const isIPv6 = (text: string): boolean => text.includes(':') && ipv6Groups(text) !== null;

/** '::ffff:1.2.3.4' → '1.2.3.4'; other addresses as they are. */
function plain(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1]! : address;
}

/** The bucket a client is counted in: its IPv4 address, or its IPv6 /64. */
export function clientKey(address: string): string {
  const ip = plain(address);
  const groups = isIPv4(ip) ? null : ipv6Groups(ip);
  if (!groups) return ip;
  return `${groups.slice(0, 4).map((group) => group.toString(16)).join(':')}::/64`;
}

/** An address as 32 or 128 bits, with its family, or null. */
function bits(address: string): { v6: boolean; value: bigint } | null {
  if (isIPv4(address)) return { v6: false, value: address.split('.').reduce((sum, part) => (sum << 8n) | BigInt(part), 0n) };
  const groups = ipv6Groups(address);
  return groups ? { v6: true, value: groups.reduce((sum, group) => (sum << 16n) | BigInt(group), 0n) } : null;
}

/**
 * The proxies whose X-Forwarded-For is believed: addresses or CIDR ranges ('10.0.0.0/8').
 * Nothing is trusted unless configured: a client could write any X-Forwarded-For it likes.
 */
export function trustedProxies(list: readonly string[] = []): (address: string) => boolean {
  const ranges = list.map((entry) => {
    const [address = '', prefix] = entry.trim().split('/');
    const parsed = bits(address);
    const width = parsed?.v6 ? 128 : 32;
    const length = prefix === undefined ? width : Number(prefix);
    if (!parsed || !Number.isInteger(length) || length < 0 || length > width) throw new Error(`not an IP address or range: ${entry}`);
    const shift = BigInt(width - length);
    return { v6: parsed.v6, shift, network: parsed.value >> shift };
  });
  if (!ranges.length) return () => false;
  return (address) => {
    const parsed = bits(plain(address));
    return !!parsed && ranges.some((range) => range.v6 === parsed.v6 && parsed.value >> range.shift === range.network);
  };
}

/**
 * The client's address: the peer's, or, when the peer is a trusted proxy, the nearest address in
 * X-Forwarded-For (read from the right) that is not itself a trusted proxy.
 */
export function clientAddress(peer: string, forwardedFor: string | null, isTrusted: (address: string) => boolean): string {
  let address = plain(peer);
  if (!isTrusted(address) || !forwardedFor) return address;
  const hops = forwardedFor.split(',').map((hop) => hop.trim());
  while (hops.length && isTrusted(address)) {
    const next = plain(hops.pop()!);
    if (!isIPv4(next) && !isIPv6(next)) break;
    address = next;
  }
  return address;
}
