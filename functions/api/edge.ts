/**
 * Where a request came from, as far as the API can trust it. In AWS every request must come
 * through CloudFront, which proves it with the origin secret; only then is CloudFront's
 * `CloudFront-Viewer-Address` believed (API Gateway's own source address is CloudFront's edge,
 * shared by every viewer behind it). On a laptop and in tests there is no CloudFront: the
 * socket's address is the client's, and the header, being the client's own word, is ignored.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { isIP, isIPv4, isIPv6 } from 'node:net';
import type { Context, MiddlewareHandler } from 'hono';
import { ForbiddenError } from '../../shared/errors';
import { ORIGIN_VERIFY_HEADER, VIEWER_ADDRESS_HEADER } from '../../shared/edge';
import type { AppEnv } from './context';

/**
 * The address in a `CloudFront-Viewer-Address` value: `198.51.100.10:46532`,
 * `2001:db8::1:46532` (IPv6 unbracketed, the port always last) or `[2001:db8::1]:46532`.
 * Anything else is undefined, never a guess.
 */
export function parseViewerAddress(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const text = value.trim();
  const bracketed = /^\[([^\]]+)\](?::(\d{1,5}))?$/.exec(text);
  if (bracketed) return isIPv6(bracketed[1]!) ? bracketed[1] : undefined;
  const colon = text.lastIndexOf(':');
  if (colon <= 0 || !/^\d{1,5}$/.test(text.slice(colon + 1))) return undefined;
  const address = text.slice(0, colon);
  return isIP(address) ? address : undefined;
}

/** The eight 16-bit groups of a valid IPv6 address (an embedded IPv4 tail included). */
function ipv6Groups(address: string): number[] {
  let text = address.toLowerCase().replace(/%.*$/, '');
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const front = head ? head.split(':') : [];
  const back = tail === undefined ? [] : tail ? tail.split(':') : [];
  const groups = tail === undefined ? front : [...front, ...Array<string>(8 - front.length - back.length).fill('0'), ...back];
  return groups.map((g) => parseInt(g, 16));
}

/**
 * The rate-limit key for an address. An IPv6 viewer is counted by its /64: one home or office
 * network gets a whole /64 and can pick a new address in it for every request. An IPv4 address
 * mapped into IPv6 (`::ffff:203.0.113.7`, as Node's sockets say) is the IPv4 address.
 */
export function clientKey(address: string): string {
  if (isIPv4(address)) return address;
  if (!isIPv6(address)) return 'unknown';
  const groups = ipv6Groups(address);
  const mapped = groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff;
  if (mapped) return [groups[6]! >> 8, groups[6]! & 0xff, groups[7]! >> 8, groups[7]! & 0xff].join('.');
  return `${groups.slice(0, 4).map((g) => g.toString(16)).join(':')}::/64`;
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Refuses (403) every request that does not carry the origin secret CloudFront adds, so the API's
 * own execute-api address is no way in. Compared in constant time: the secret is not to be found
 * one character at a time. A request that passes is marked as having come through CloudFront.
 */
export function cloudFrontOnly(options: { secret: string }): MiddlewareHandler<AppEnv> {
  const expected = digest(options.secret);
  return async function cloudFrontOnly(c, next) {
    const given = c.req.header(ORIGIN_VERIFY_HEADER);
    if (given === undefined || !timingSafeEqual(digest(given), expected)) {
      throw new ForbiddenError('This API answers only through its site');
    }
    c.set('throughCloudFront', true);
    await next();
  };
}

/** The caller's address for rate limiting, as a `clientKey`. */
export function clientAddress(c: Context<AppEnv>): string {
  if (c.get('throughCloudFront')) {
    const viewer = parseViewerAddress(c.req.header(VIEWER_ADDRESS_HEADER));
    if (viewer) return clientKey(viewer);
    // The origin request policy should always add it; without it every viewer shares the edge's bucket.
    c.get('deps').log.warn('no usable CloudFront-Viewer-Address; counting by the edge address', { requestId: c.get('requestId') });
  }
  const env = c.env as { requestContext?: { http?: { sourceIp?: string } }; incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  const direct = env?.requestContext?.http?.sourceIp ?? env?.incoming?.socket?.remoteAddress;
  return direct ? clientKey(direct) : 'unknown';
}
