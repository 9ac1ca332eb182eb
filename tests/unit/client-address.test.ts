import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addressKey,
  clientAddress,
  markPeerAddressInstalled,
  normalizeIp,
  parseTrustedProxies,
  PEER_HEADER,
  resolveClientAddress,
  UNKNOWN_ADDRESS,
} from '../../lib/server/client-address.ts';

const none = parseTrustedProxies('');
const proxies = parseTrustedProxies('127.0.0.1, 10.0.0.0/8, fd00::/8, ::1');

test('IP addresses are normalised: ports, brackets, IPv4-mapped IPv6, case; anything else is not one', () => {
  assert.equal(normalizeIp(' 203.0.113.9 '), '203.0.113.9');
  assert.equal(normalizeIp('203.0.113.9:5000'), '203.0.113.9');
  assert.equal(normalizeIp('[2001:DB8::1]:443'), '2001:db8::1');
  assert.equal(normalizeIp('::ffff:127.0.0.1'), '127.0.0.1');
  assert.equal(normalizeIp('0:0:0:0:0:ffff:10.1.2.3'), '10.1.2.3');
  assert.equal(normalizeIp('fe80::1%eth0'), 'fe80::1');
  for (const bad of ['', 'local', 'unknown', '999.1.1.1', '1.2.3', 'example.org', '<script>', 'a'.repeat(200), null, undefined]) {
    assert.equal(normalizeIp(bad), null, String(bad));
  }
});

test('TRUSTED_PROXIES: IPs and CIDRs of both families; invalid entries are reported, not trusted', () => {
  assert.equal(proxies.has('127.0.0.1'), true);
  assert.equal(proxies.has('::ffff:127.0.0.1'), true, 'the dual-stack form of a trusted IPv4 address');
  assert.equal(proxies.has('127.0.0.2'), false);
  assert.equal(proxies.has('10.200.3.4'), true);
  assert.equal(proxies.has('11.0.0.1'), false);
  assert.equal(proxies.has('fd12:3456::1'), true);
  assert.equal(proxies.has('fe80::1'), false);
  assert.equal(proxies.has('::1'), true);
  assert.equal(proxies.has('not-an-ip'), false);
  const parsed = parseTrustedProxies('10.0.0.0/33, 1.2.3.4/8/1, example.org, 192.168.0.0/16, , 2001:db8::/129');
  assert.deepEqual(parsed.invalid, ['10.0.0.0/33', '1.2.3.4/8/1', 'example.org', '2001:db8::/129']);
  assert.equal(parsed.size, 1);
  assert.equal(parsed.has('192.168.44.1'), true);
  assert.equal(none.size, 0);
});

test('X-Forwarded-For is ignored unless the peer is a trusted proxy (no spoofing)', () => {
  const spoofed = { peer: '198.51.100.7', forwardedFor: '1.2.3.4', realIp: '5.6.7.8' };
  assert.equal(resolveClientAddress(spoofed, none), '198.51.100.7');
  assert.equal(resolveClientAddress(spoofed, proxies), '198.51.100.7', 'an untrusted peer’s headers are not believed');
  assert.equal(resolveClientAddress({ peer: '::ffff:198.51.100.7', forwardedFor: null, realIp: null }, none), '198.51.100.7');
});

test('behind trusted proxies: the rightmost hop that is not a proxy is the client', () => {
  // The client forged "1.2.3.4"; our proxy (10.0.0.5 → 127.0.0.1) appended the real address.
  assert.equal(resolveClientAddress({ peer: '127.0.0.1', forwardedFor: '1.2.3.4, 203.0.113.9', realIp: null }, proxies), '203.0.113.9');
  assert.equal(resolveClientAddress({ peer: '127.0.0.1', forwardedFor: '1.2.3.4, 203.0.113.9, 10.0.0.5', realIp: null }, proxies), '203.0.113.9', 'proxy chains are skipped');
  assert.equal(resolveClientAddress({ peer: '127.0.0.1', forwardedFor: '10.0.0.9, 10.0.0.5', realIp: null }, proxies), '10.0.0.9', 'all trusted: the leftmost');
  assert.equal(resolveClientAddress({ peer: '127.0.0.1', forwardedFor: 'garbage, 10.0.0.5', realIp: null }, proxies), '10.0.0.5', 'a hop that is not an IP stops the walk');
  assert.equal(resolveClientAddress({ peer: '127.0.0.1', forwardedFor: null, realIp: '203.0.113.10' }, proxies), '203.0.113.10', 'X-Real-IP from a trusted proxy');
  assert.equal(resolveClientAddress({ peer: '127.0.0.1', forwardedFor: '', realIp: 'nonsense' }, proxies), '127.0.0.1');
  assert.equal(resolveClientAddress({ peer: null, forwardedFor: '1.2.3.4', realIp: null }, proxies), UNKNOWN_ADDRESS, 'no peer: unknown, never the header');
});

test('clientAddress() trusts the peer header only once the listener that writes it is installed', () => {
  const headers = new Headers({ [PEER_HEADER]: '198.51.100.7', 'x-forwarded-for': '1.2.3.4' });
  assert.equal(clientAddress(headers, proxies), UNKNOWN_ADDRESS, 'a client could have sent the header itself');
  markPeerAddressInstalled();
  assert.equal(clientAddress(headers, proxies), '198.51.100.7');
  assert.equal(clientAddress(new Headers({ [PEER_HEADER]: '10.0.0.5', 'x-forwarded-for': '203.0.113.9' }), proxies), '203.0.113.9');
});

test('limit keys: an IPv4 address, or the /64 of an IPv6 address', () => {
  assert.equal(addressKey('203.0.113.9'), '203.0.113.9');
  assert.equal(addressKey('2001:db8:1:2:aaaa::1'), '2001:db8:1:2::/64');
  assert.equal(addressKey('2001:db8:1:2:ffff:ffff:ffff:ffff'), '2001:db8:1:2::/64');
  assert.equal(addressKey('2001:db8::1'), '2001:db8:0:0::/64');
  assert.equal(addressKey('::1'), '0:0:0:0::/64');
  assert.equal(addressKey('64:ff9b::203.0.113.9'), '64:ff9b:0:0::/64');
  assert.equal(addressKey(UNKNOWN_ADDRESS), UNKNOWN_ADDRESS);
});
