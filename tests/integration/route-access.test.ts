/**
 * The session check of every route declared `access: 'session'`, against the real table: a
 * cookie naming no session is refused with 401 before the route reads its input, and a live
 * session gets past it (whatever the route then answers). The unit suite (tests/unit/api-access)
 * covers the missing cookie without any service; this is the half that needs the table.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { apiRoutes } from '../../functions/api/app';
import { SESSION_COOKIE } from '../../functions/api/context';
import { routeKey, type RouteSpec } from '../../functions/api/router';
import { startHarness, type Harness } from '../support/harness';

let h: Harness;
let cookie: string;

beforeAll(async () => {
  h = await startHarness('route-access');
  cookie = await h.signIn('faculty@uni.example');
});
afterAll(() => h?.stop());

const sessionRoutes = apiRoutes().specs.filter((s) => s.access === 'session');

function send(spec: RouteSpec<z.core.$ZodType | undefined, z.core.$ZodType | undefined>, sessionCookie: string) {
  const path = spec.path.replace(/:(\w+)/g, (_, name: string) => (spec.params?.[name] ? 'nobody@uni.example' : name === 'kind' ? 'nomination' : name === 'from' || name === 'to' ? '1' : 'no-such-item'));
  const example = spec.body ? (z.globalRegistry.get(spec.body)?.example ?? {}) : undefined;
  return fetch(`${h.url}/api${path}`, {
    method: spec.method.toUpperCase(),
    headers: { 'content-type': 'application/json', origin: h.url, cookie: sessionCookie },
    ...(example === undefined ? {} : { body: JSON.stringify(example) }),
  });
}

describe('every route that needs a session', () => {
  it('refuses a cookie that names no session with 401, and lets a live one past', async () => {
    expect(sessionRoutes.length).toBeGreaterThan(40);
    for (const spec of sessionRoutes) {
      const forged = await send(spec, `${SESSION_COOKIE}=${'f'.repeat(43)}`);
      expect(forged.status, `${routeKey(spec)} with a forged session`).toBe(401);
      expect(((await forged.json()) as { error: string }).error).toBe('unauthenticated');
    }
    // Reads only with the live session: the writes' examples would change the file's table for nothing.
    for (const spec of sessionRoutes.filter((s) => s.method === 'get')) {
      expect((await send(spec, cookie)).status, `${routeKey(spec)} with a live session`).not.toBe(401);
    }
  });
});
