/**
 * Signing in lands on the page the person was going to: the `next` of the link request is kept
 * with the link, server side, and comes back when the link is used. A `next` that is not a page of
 * this site is dropped (the person still gets their link and lands on the default page), the email's
 * link stays the token alone, and using the link cannot be told to go anywhere else.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getLink, issueSigninLink } from '../../functions/lib/db/links';
import { tokenHash } from '../../functions/lib/links';
import { nextSigninEmail, signinEmailsTo, startHarness, tokenFrom, type Harness, type StoredEmail } from '../support/harness';

let h: Harness;

beforeAll(async () => {
  // A link's own resend window would drop a second request for the same address within a minute.
  h = await startHarness('signin-return', { SIGNIN_RESEND_SECONDS: '1' });
});
afterAll(() => h?.stop());

/** Asks for a link for `email` with `next` (left out when undefined), and hands back the status and the email that came. */
async function askForLink(email: string, next?: unknown): Promise<{ status: number; mail: StoredEmail }> {
  const seen = (await signinEmailsTo(h, email)).length;
  // Past the last request's resend window (one second here).
  await new Promise((r) => setTimeout(r, 1100));
  const res = await h.post('/api/auth/link', { email, ...(next === undefined ? {} : { next }) });
  return { status: res.status, mail: await nextSigninEmail(h, email, seen) };
}

async function useLink(mail: StoredEmail): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await h.post('/api/auth/session', { token: tokenFrom(mail, 'signin') });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const ACTIVITY_PAGE = '/office/activities?activity=act-1';

describe('signing in from a page the person was going to', () => {
  it('lands on that page: the link request’s next comes back when the link is used', async () => {
    // Prepare
    const { status, mail } = await askForLink('iro@uni.example', ACTIVITY_PAGE);

    // Act
    const signedIn = await useLink(mail);

    // Assess
    expect(status).toBe(202);
    expect(signedIn).toMatchObject({ status: 200, body: { email: 'iro@uni.example', next: ACTIVITY_PAGE } });
  });

  it('keeps where the person was going with the link, not in the email, whose link is the token alone as ever', async () => {
    // Prepare: one link asked for with a page, one without.
    const withPage = (await askForLink('legal@uni.example', ACTIVITY_PAGE)).mail;
    await useLink(withPage);
    const without = (await askForLink('legal@uni.example')).mail;

    // Act
    const stored = await getLink(h.deps.db, tokenHash(tokenFrom(withPage, 'signin')));
    const linkOf = (mail: StoredEmail) => /https?:\/\/\S+\/signin#t=[A-Za-z0-9_-]{43}/.exec(mail.body.text ?? '')![0];

    // Assess
    expect(stored?.next).toBe(ACTIVITY_PAGE);
    expect(linkOf(withPage)).toMatch(new RegExp(`^${h.url}/signin#t=[A-Za-z0-9_-]{43}$`));
    expect(linkOf(without)).toMatch(new RegExp(`^${h.url}/signin#t=[A-Za-z0-9_-]{43}$`));
    for (const body of [withPage.body.text ?? '', withPage.body.html ?? '']) {
      expect(body).not.toContain('activities');
      expect(body).not.toContain('act-1');
      expect(body).not.toContain('next');
    }
    expect(withPage.subject).toBe(without.subject);
  });

  it('lands on the default page when the next is not a page of this site, and the link is sent all the same', async () => {
    // Prepare
    const hostile = ['//evil.example', '/\\evil.example', 'https://evil.example/office', 'javascript:alert(1)', '%2F%2Fevil.example', '/api/me', '/office\n/activities', `/office?q=${'a'.repeat(600)}`, 42];
    const outcomes: { next: unknown; status: number; signedIn: number; landsOn: unknown }[] = [];

    // Act
    for (const next of hostile) {
      const { status, mail } = await askForLink('vicerector@uni.example', next);
      const signedIn = await useLink(mail);
      outcomes.push({ next, status, signedIn: signedIn.status, landsOn: signedIn.body.next });
    }

    // Assess: every request accepted, every link works, none says where to go.
    expect(outcomes).toEqual(hostile.map((next) => ({ next, status: 202, signedIn: 200, landsOn: undefined })));
  });

  it('cannot be told where to land when the link is used: the session request takes the token alone', async () => {
    // Prepare
    const { mail } = await askForLink('rector@uni.example', ACTIVITY_PAGE);
    const token = tokenFrom(mail, 'signin');

    // Act
    const told = await h.post('/api/auth/session', { token, next: '//evil.example' });
    const used = await h.post('/api/auth/session', { token });

    // Assess: refused as bad input, the link left unspent; then it lands where it was asked for.
    expect(told.status).toBe(400);
    expect(used.status).toBe(200);
    expect(((await used.json()) as { next?: string }).next).toBe(ACTIVITY_PAGE);
  });

  it('checks the stored page again as the link is used: a link that somehow holds another site lands on the default page', async () => {
    // Prepare: a link written straight into the table with what the API would never store.
    const now = new Date().toISOString();
    const token = await issueSigninLink(h.deps.db, { email: 'admin@uni.example', now, expiresAt: new Date(Date.now() + 600_000).toISOString(), next: '//evil.example' });

    // Act
    const res = await h.post('/api/auth/session', { token });

    // Assess
    expect(res.status).toBe(200);
    expect(await res.json()).not.toHaveProperty('next');
  });
});
