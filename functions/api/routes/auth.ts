/** Sign-in by magic link, the session cookie, and who I am. */
import { createRoute } from '@hono/zod-openapi';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { LinkRequestSchema, SessionRequestSchema } from '../../../shared/schemas';
import { endSession, requestSigninLink, startSession } from '../../lib/services/identity';
import { clientAddress, depsOf, SESSION_COOKIE, signedIn } from '../context';
import { ErrorSchema, jsonBody, MessageSchema, PersonViewSchema, personView, router } from './shared';

export function authRoutes() {
  const app = router();

  app.openapi(
    createRoute({
      method: 'post',
      path: '/auth/link',
      tags: ['sign-in'],
      summary: 'Email me a sign-in link (answers 202 for any address)',
      request: { body: jsonBody(LinkRequestSchema) },
      responses: {
        202: { description: 'Accepted; a link is sent if the address may sign in', content: { 'application/json': { schema: MessageSchema } } },
        400: { description: 'Bad input', content: { 'application/json': { schema: ErrorSchema } } },
        429: { description: 'Too many requests', content: { 'application/json': { schema: ErrorSchema } } },
      },
    }),
    async (c) => {
      const { email } = c.req.valid('json');
      await requestSigninLink(depsOf(c), { email, client: clientAddress(c) });
      return c.json({ message: 'If this address may sign in, a link is on its way.' }, 202);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/auth/session',
      tags: ['sign-in'],
      summary: 'Exchange a sign-in token for a session cookie',
      request: { body: jsonBody(SessionRequestSchema) },
      responses: {
        200: { description: 'Signed in', content: { 'application/json': { schema: PersonViewSchema } } },
        404: { description: 'Unknown link', content: { 'application/json': { schema: ErrorSchema } } },
        410: { description: 'Expired or used link', content: { 'application/json': { schema: ErrorSchema } } },
      },
    }),
    async (c) => {
      const deps = depsOf(c);
      const { token } = c.req.valid('json');
      const { sessionId, person } = await startSession(deps, token);
      setCookie(c, SESSION_COOKIE, sessionId, {
        httpOnly: true,
        sameSite: 'Lax',
        // Secure everywhere but plain-http localhost, where browsers would drop the cookie.
        secure: deps.config.appUrl.startsWith('https://'),
        path: '/',
        maxAge: deps.config.sessionHours * 3600,
      });
      return c.json(personView(person), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/auth/signout',
      tags: ['sign-in'],
      summary: 'End the session',
      responses: { 200: { description: 'Signed out', content: { 'application/json': { schema: MessageSchema } } } },
    }),
    async (c) => {
      await endSession(depsOf(c), getCookie(c, SESSION_COOKIE));
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.json({ message: 'Signed out' }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/me',
      tags: ['sign-in'],
      summary: 'The signed-in person',
      responses: {
        200: { description: 'The person', content: { 'application/json': { schema: PersonViewSchema } } },
        401: { description: 'Not signed in', content: { 'application/json': { schema: ErrorSchema } } },
      },
    }),
    async (c) => c.json(personView(await signedIn(c)), 200),
  );

  return app;
}

