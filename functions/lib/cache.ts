/**
 * A small in-process cache for reference data (people, roles, chains, partners, faculties).
 * A warm Lambda serves many requests; re-reading the same chain and role holders on each
 * submit doubled its DynamoDB round trips. Entries live `ttlMs`, so a changed role or chain
 * takes effect within that time. Concurrent loads of one key share one read; absences are not cached.
 */
export type TtlCache = {
  get<V>(key: string, load: () => Promise<V>): Promise<V>;
  /** Replaces an entry with what was just written, so this process never serves the old value after its own write. */
  set<V>(key: string, value: V): void;
  clear(): void;
};

export function createTtlCache(ttlMs: number, now: () => number = () => Date.now(), maxEntries = 5000): TtlCache {
  const entries = new Map<string, { expires: number; value: Promise<unknown> }>();
  return {
    get<V>(key: string, load: () => Promise<V>): Promise<V> {
      const hit = entries.get(key);
      const t = now();
      if (hit && hit.expires > t) return hit.value as Promise<V>;
      if (entries.size >= maxEntries) entries.clear();
      const value = load();
      entries.set(key, { expires: t + ttlMs, value });
      // A failed read, or one that found nothing, is not remembered: what is missing now may be added.
      // Only this load's own entry: a `set` after it started must survive it.
      const forget = () => entries.get(key)?.value === value && entries.delete(key);
      value.then(
        (v) => v === undefined && forget(),
        () => forget(),
      );
      return value;
    },
    set<V>(key: string, value: V): void {
      if (entries.size >= maxEntries) entries.clear();
      entries.set(key, { expires: now() + ttlMs, value: Promise.resolve(value) });
    },
    clear: () => entries.clear(),
  };
}
