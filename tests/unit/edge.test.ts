/** Reading the viewer's address from CloudFront's header, and the key it is counted under. */
import { describe, expect, it } from 'vitest';
import { clientKey, parseViewerAddress } from '../../functions/api/edge';

describe('CloudFront-Viewer-Address', () => {
  it('gives the address without its port, for IPv4 and for IPv6 with or without brackets', () => {
    expect(parseViewerAddress('198.51.100.10:46532')).toBe('198.51.100.10');
    expect(parseViewerAddress('2001:db8::1:46532')).toBe('2001:db8::1');
    expect(parseViewerAddress('2001:db8:0:0:0:0:0:1:443')).toBe('2001:db8:0:0:0:0:0:1');
    expect(parseViewerAddress('[2001:db8::1]:46532')).toBe('2001:db8::1');
    expect(parseViewerAddress(' ::ffff:203.0.113.7:8080 ')).toBe('::ffff:203.0.113.7');
  });

  it('is undefined when missing or malformed, never a guess', () => {
    for (const value of [undefined, '', '198.51.100.10', 'example.org:443', '999.1.1.1:80', '198.51.100.10:port', ':443', '[not-an-address]:443', '2001:db8::1']) {
      expect(parseViewerAddress(value), String(value)).toBeUndefined();
    }
  });
});

describe('the client key', () => {
  it('is an IPv4 address itself, and an IPv4 address mapped into IPv6 is the IPv4 address', () => {
    expect(clientKey('203.0.113.7')).toBe('203.0.113.7');
    expect(clientKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('is the /64 of an IPv6 address, however it is written', () => {
    expect(clientKey('2001:db8:aa:1::1')).toBe('2001:db8:aa:1::/64');
    expect(clientKey('2001:0DB8:00AA:0001:ffff:0:0:2')).toBe('2001:db8:aa:1::/64');
    expect(clientKey('::1')).toBe('0:0:0:0::/64');
    expect(clientKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
  });

  it('is "unknown" for anything that is not an address', () => {
    expect(clientKey('')).toBe('unknown');
    expect(clientKey('localhost')).toBe('unknown');
  });
});
