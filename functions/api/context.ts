/** The per-request context every route shares: dependencies, request id, the signed-in person. */
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Person } from '../../shared/schemas';
import type { ApiDeps } from '../lib/deps';
import { personForSession } from '../lib/services/identity';

export type AppEnv = {
  Variables: { deps: ApiDeps; requestId: string };
};

export const SESSION_COOKIE = 'hamkor_session';

export function depsOf(c: Context<AppEnv>): ApiDeps {
  return c.get('deps');
}

export function signedIn(c: Context<AppEnv>): Promise<Person> {
  return personForSession(depsOf(c), getCookie(c, SESSION_COOKIE));
}

/** The caller's address for rate limiting: API Gateway's source IP, or the socket locally. */
export function clientAddress(c: Context): string {
  const env = c.env as { requestContext?: { http?: { sourceIp?: string } }; incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.requestContext?.http?.sourceIp ?? env?.incoming?.socket?.remoteAddress ?? 'unknown';
}
