/**
 * A key that makes a link's answer safe to send twice (a double click, a retry after a lost
 * answer): the server records the first and answers the same to the second. One per page load.
 */
export function idempotencyKeyOf(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // crypto.randomUUID exists only in secure contexts; a plain-http LAN address lacks it.
  const h = Array.from(crypto.getRandomValues(new Uint8Array(16)), (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[parseInt(h[16]!, 16) & 3]}${h.slice(17, 20)}-${h.slice(20)}`;
}
