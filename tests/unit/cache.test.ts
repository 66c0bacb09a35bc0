/** The reference-data cache: shares reads, expires, and never remembers a miss or a failure. */
import { describe, expect, it } from 'vitest';
import { createTtlCache } from '../../functions/lib/cache';

describe('the TTL cache', () => {
  it('serves a second read from memory until the entry expires', async () => {
    let t = 0;
    let loads = 0;
    const cache = createTtlCache(1000, () => t);
    const load = async () => ++loads;
    expect(await cache.get('k', load)).toBe(1);
    t = 999;
    expect(await cache.get('k', load)).toBe(1);
    t = 1000;
    expect(await cache.get('k', load)).toBe(2);
  });

  it('shares one read between concurrent callers', async () => {
    let loads = 0;
    const cache = createTtlCache(1000);
    const load = () => new Promise<number>((r) => setTimeout(() => r(++loads), 10));
    expect(await Promise.all([cache.get('k', load), cache.get('k', load), cache.get('k', load)])).toEqual([1, 1, 1]);
  });

  it('does not remember a miss or a failure', async () => {
    const cache = createTtlCache(1000);
    expect(await cache.get('missing', async () => undefined)).toBeUndefined();
    expect(await cache.get('missing', async () => 'now here')).toBe('now here');
    await expect(cache.get('failing', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await new Promise((r) => setTimeout(r, 0));
    expect(await cache.get('failing', async () => 'recovered')).toBe('recovered');
  });

  it('serves what this process just wrote, even over a read that was still on its way', async () => {
    const cache = createTtlCache(1000);
    expect(await cache.get('partner', async () => 'version 1')).toBe('version 1');
    cache.set('partner', 'version 2');
    expect(await cache.get('partner', async () => 'read again')).toBe('version 2');
    let finish: (v: string | undefined) => void = () => {};
    const slowMiss = cache.get('new', () => new Promise<string | undefined>((r) => (finish = r)));
    cache.set('new', 'just created');
    finish(undefined);
    await slowMiss;
    expect(await cache.get('new', async () => 'read again')).toBe('just created');
  });
});
