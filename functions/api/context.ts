/** The per-request context every route shares: dependencies, request id, the signed-in person. */
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Person } from '../../shared/schemas';
import type { ApiDeps } from '../lib/deps';
import { personForSession } from '../lib/services/identity';

export type AppEnv = {
  /**
   * `throughCloudFront`: the request carried the origin secret (set by `cloudFrontOnly` only).
   * `person`: who the session cookie names, once `sessionRequired` has checked it.
   */
  Variables: { deps: ApiDeps; requestId: string; throughCloudFront?: boolean; person?: Person };
};

export const SESSION_COOKIE = 'hamkor_session';

export function depsOf(c: Context<AppEnv>): ApiDeps {
  return c.get('deps');
}

/** The person signed in: the one `sessionRequired` found, or the session cookie's, read now. */
export function signedIn(c: Context<AppEnv>): Promise<Person> {
  const person = c.get('person');
  return person ? Promise.resolve(person) : personForSession(depsOf(c), getCookie(c, SESSION_COOKIE));
}

/**
 * Guards every route declared `access: 'session'` (router.ts), ahead of its input checks: without
 * a live session the answer is 401 whatever the body says, so a stranger learns nothing of what a
 * route would accept, and what the OpenAPI document declares is what this enforces.
 */
export function sessionRequired(): MiddlewareHandler<AppEnv> {
  return async function sessionRequired(c, next) {
    c.set('person', await personForSession(depsOf(c), getCookie(c, SESSION_COOKIE)));
    await next();
  };
}
