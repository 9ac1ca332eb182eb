/**
 * The client address of a request, for rate limiting.
 *
 * Next.js does not expose the TCP peer to route handlers or server actions
 * (`request.ip` was removed in Next 15), and it only fills in
 * `X-Forwarded-For` when the client did not send one, so that header alone
 * can be forged by anyone. `installPeerAddress()` (lib/server/peer-address.ts,
 * run from instrumentation.ts) writes the socket's address into PEER_HEADER
 * on every request before Next sees it, replacing any copy a client sent.
 * `X-Forwarded-For` is believed only when that peer is one of
 * TRUSTED_PROXIES (comma-separated IPs or CIDRs, e.g.
 * `127.0.0.1,10.0.0.0/8,fd00::/8`): walking it from the right, the first
 * address that is not a trusted proxy is the client.
 *
 * Without the peer (the listener could not be installed, or outside Next) the
 * address is "unknown": every such client then shares one per-address limit.
 */
import net from 'node:net';

export const PEER_HEADER = 'x-newsroom-peer';
const INSTALLED = Symbol.for('newsroom.peerAddressInstalled');
export const UNKNOWN_ADDRESS = 'unknown';

type HeaderSource = { get(name: string): string | null };

/** Set by installPeerAddress(): PEER_HEADER can only be trusted once it is. */
export function markPeerAddressInstalled(): void {
  (globalThis as Record<symbol, unknown>)[INSTALLED] = true;
}

function peerAddressInstalled(): boolean {
  return (globalThis as Record<symbol, unknown>)[INSTALLED] === true;
}

/**
 * "203.0.113.9", "[2001:db8::1]:443", "203.0.113.9:5000", "::ffff:10.0.0.1"
 * → the bare address (IPv4-mapped IPv6 as IPv4, IPv6 lower-cased), or null
 * when it is not an IP address.
 */
export function normalizeIp(value: string | null | undefined): string | null {
  let s = value?.trim() ?? '';
  if (!s || s.length > 100) return null;
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(s);
  if (bracketed) s = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(s)) s = s.slice(0, s.indexOf(':'));
  s = s.replace(/%.*$/, '').toLowerCase(); // zone index (fe80::1%eth0)
  const family = net.isIP(s);
  if (family === 4) return s;
  if (family !== 6) return null;
  const mapped = /^(?:::|(?:0{1,4}:){5})ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (mapped && net.isIP(mapped[1]) === 4) return mapped[1];
  return s;
}

/** The eight 16-bit groups of an IPv6 address (already valid). */
function ipv6Groups(address: string): number[] {
  let s = address;
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (v4) {
    const [a, b, c, d] = v4[1].split('.').map(Number);
    s = s.slice(0, -v4[1].length) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = s.includes('::') ? s.split('::') : [s, undefined];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const missing = tail === undefined ? 0 : 8 - left.length - right.length;
  return [...left, ...Array<string>(missing).fill('0'), ...right].map((g) => parseInt(g, 16));
}

/**
 * The key one client is limited under: the IPv4 address, or the /64 prefix
 * of an IPv6 address (one subscriber usually gets a whole /64, so counting
 * single IPv6 addresses would give an attacker billions of fresh ones).
 */
export function addressKey(address: string): string {
  const ip = normalizeIp(address);
  if (!ip) return address.slice(0, 100);
  if (net.isIP(ip) === 4) return ip;
  return (
    ipv6Groups(ip)
      .slice(0, 4)
      .map((g) => g.toString(16))
      .join(':') + '::/64'
  );
}

export type TrustedProxies = { has(address: string): boolean; size: number };

/** Parses TRUSTED_PROXIES; entries that are not an IP or CIDR are reported in `invalid` and ignored. */
export function parseTrustedProxies(spec: string | undefined): TrustedProxies & { invalid: string[] } {
  const list = new net.BlockList();
  const invalid: string[] = [];
  let size = 0;
  for (const raw of (spec ?? '').split(',')) {
    const entry = raw.trim();
    if (!entry) continue;
    const [addr, prefixText, ...rest] = entry.split('/');
    const ip = normalizeIp(addr);
    const family = ip ? net.isIP(ip) : 0;
    const prefix = prefixText === undefined ? undefined : /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : NaN;
    // A mapped IPv6 CIDR (::ffff:10.0.0.0/104) is not supported: write the IPv4 form.
    const maxPrefix = family === 4 ? 32 : 128;
    if (!ip || rest.length || (prefix !== undefined && !(prefix >= 0 && prefix <= maxPrefix)) || (family === 4 && net.isIP(addr.trim()) === 6)) {
      invalid.push(entry);
      continue;
    }
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (prefix === undefined) list.addAddress(ip, type);
    else list.addSubnet(ip, prefix, type);
    size++;
  }
  return {
    has: (address) => {
      const ip = normalizeIp(address);
      if (!ip) return false;
      return list.check(ip, net.isIP(ip) === 4 ? 'ipv4' : 'ipv6');
    },
    size,
    invalid,
  };
}

let fromEnv: { spec: string | undefined; proxies: TrustedProxies } | undefined;

/** TRUSTED_PROXIES of this process (parsed once; invalid entries are logged and ignored). */
export function trustedProxies(): TrustedProxies {
  const spec = process.env.TRUSTED_PROXIES;
  if (fromEnv && fromEnv.spec === spec) return fromEnv.proxies;
  const parsed = parseTrustedProxies(spec);
  if (parsed.invalid.length) console.error(`[client-address] TRUSTED_PROXIES: ignoring ${parsed.invalid.map((e) => JSON.stringify(e)).join(', ')} (not an IP address or CIDR)`);
  fromEnv = { spec, proxies: parsed };
  return parsed;
}

/**
 * The client's address from the socket peer and the forwarding headers:
 * the peer itself unless it is a trusted proxy; then, from the right of
 * X-Forwarded-For, the first hop that is not a trusted proxy (a hop that is
 * not an IP address stops the walk at the last trusted one); with no
 * X-Forwarded-For, a valid X-Real-IP from the trusted proxy.
 */
export function resolveClientAddress(input: { peer: string | null; forwardedFor: string | null; realIp: string | null }, trusted: TrustedProxies): string {
  const peer = normalizeIp(input.peer);
  if (!peer) return UNKNOWN_ADDRESS;
  if (!trusted.has(peer)) return peer;
  const hops = (input.forwardedFor ?? '')
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean);
  if (hops.length === 0) return normalizeIp(input.realIp) ?? peer;
  let client = peer;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normalizeIp(hops[i]);
    if (!hop) return client;
    client = hop;
    if (!trusted.has(hop)) return hop;
  }
  return client;
}

/** The client address of the current request (route handler or server action headers). */
export function clientAddress(headers: HeaderSource, trusted: TrustedProxies = trustedProxies()): string {
  return resolveClientAddress(
    {
      peer: peerAddressInstalled() ? headers.get(PEER_HEADER) : null,
      forwardedFor: headers.get('x-forwarded-for'),
      realIp: headers.get('x-real-ip'),
    },
    trusted,
  );
}
