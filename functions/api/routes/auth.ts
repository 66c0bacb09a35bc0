/** Sign-in by magic link, the session cookie, and who I am. */
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { LanguageChoiceSchema, LinkRequestSchema, SessionRequestSchema } from '../../../shared/schemas/api';
import type { Person } from '../../../shared/schemas/directory';
import { chooseLanguage, endSession, requestSigninLink, startSession } from '../../lib/services/identity';
import { depsOf, SESSION_COOKIE, signedIn } from '../context';
import { clientAddress } from '../edge';
import type { ApiRouter } from '../router';

export function personView(p: Person) {
  return { email: p.email, name: p.name, language: p.language, faculty: p.faculty, department: p.department, roles: p.roles };
}

export function authRoutes(r: ApiRouter) {
  r.add(
    {
      method: 'post',
      operationId: 'requestSignInLink',
      access: 'open',
      path: '/auth/link',
      tag: 'sign-in',
      summary: 'Email me a sign-in link (answers 202 for any address; at most one email per address a minute)',
      body: LinkRequestSchema,
      responses: { 202: 'Accepted; a link is sent if the address may sign in', 400: 'Bad input', 429: 'Too many requests from this client' },
    },
    async (c, { body }) => {
      await requestSigninLink(depsOf(c), { email: body.email, client: clientAddress(c), language: body.language, next: body.next });
      return c.json({ message: 'If this address may sign in, a link is on its way.' }, 202);
    },
  );

  r.add(
    {
      method: 'post',
      operationId: 'startSession',
      access: 'link',
      path: '/auth/session',
      tag: 'sign-in',
      summary: 'Exchange a sign-in token for a session cookie',
      body: SessionRequestSchema,
      responses: { 200: 'Signed in: the person, and `next`, the page they were going to when they asked for the link', 400: 'Bad input', 404: 'Unknown link', 410: 'Expired or used link' },
    },
    async (c, { body }) => {
      const deps = depsOf(c);
      const { sessionId, person, next } = await startSession(deps, body.token);
      setCookie(c, SESSION_COOKIE, sessionId, {
        httpOnly: true,
        sameSite: 'Lax',
        // Secure everywhere but plain-http localhost, where browsers would drop the cookie.
        secure: deps.config.appUrl.startsWith('https://'),
        path: '/',
        maxAge: deps.config.sessionHours * 3600,
      });
      return c.json({ ...personView(person), ...(next ? { next } : {}) }, 200);
    },
  );

  r.add({
      method: 'post',
      operationId: 'signOut',
      // Ends the session the cookie names, if any: signing out twice, or without a session, is no error.
      access: 'open',
      path: '/auth/signout',
      tag: 'sign-in',
      summary: 'End the session',
      responses: { 200: 'Signed out', 403: 'A cross-site form post, refused' },
    }, async (c) => {
    await endSession(depsOf(c), getCookie(c, SESSION_COOKIE));
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.json({ message: 'Signed out' }, 200);
  });

  r.add({ method: 'get', operationId: 'getMe', access: 'session', path: '/me', tag: 'sign-in', summary: 'The signed-in person: {email, name, roles}', responses: { 200: 'The person', 401: 'Not signed in' } }, async (c) =>
    c.json(personView(await signedIn(c)), 200),
  );

  // The pages' language switch, for a signed-in person: without it the emails stay in the
  // language the directory was loaded with, whatever the person reads the pages in.
  r.add(
    {
      method: 'put',
      operationId: 'chooseMyLanguage',
      access: 'session',
      path: '/me/language',
      tag: 'sign-in',
      summary: 'Choose my language: for the pages and for every email sent to me from now on',
      body: LanguageChoiceSchema,
      responses: { 200: 'The person, with the language chosen', 400: 'Bad input', 401: 'Not signed in', 409: 'The profile was being changed; choose again' },
    },
    async (c, { body }) => c.json(personView(await chooseLanguage(depsOf(c), await signedIn(c), body.language)), 200),
  );
}
