/** The per-request context every route shares: dependencies, request id, the signed-in person. */
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Person } from '../../shared/schemas';
import type { ApiDeps } from '../lib/deps';
import { personForSession } from '../lib/services/identity';

export type AppEnv = {
  /** `throughCloudFront`: the request carried the origin secret (set by `cloudFrontOnly` only). */
  Variables: { deps: ApiDeps; requestId: string; throughCloudFront?: boolean };
};

export const SESSION_COOKIE = 'hamkor_session';

export function depsOf(c: Context<AppEnv>): ApiDeps {
  return c.get('deps');
}

export function signedIn(c: Context<AppEnv>): Promise<Person> {
  return personForSession(depsOf(c), getCookie(c, SESSION_COOKIE));
}
