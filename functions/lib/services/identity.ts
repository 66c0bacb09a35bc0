/**
 * Magic-link sign-in and sessions. A link request answers the same for every address (no
 * enumeration, no lock-out); only directory people on allowed domains actually get an email,
 * through the notifier like every other email.
 */
import { randomBytes } from 'node:crypto';
import { ConflictError, GoneError, NotFoundError, UnauthenticatedError } from '../../../shared/errors';
import type { Language, Person } from '../../../shared/schemas';
import { isReturnPath } from '../../../shared/return-path';
import { addDays } from '../../../shared/workflow';
import type { Deps } from '../deps';
import { getPerson } from '../db/directory';
import { PersonChangedError, readPersonRecord, replacePerson } from '../db/people';
import { getLink, spendSigninLink } from '../db/links';
import { forgetSigninResend, putSigninRequestUnlessRecent } from '../db/notices';
import { countRequest, createSession, deleteSession, getSessionEmail } from '../db/sessions';
import { tokenHash } from '../links';

/**
 * Two limits, for two different harms. Per client (the viewer's address, `client`): a count in a
 * fixed window, answered 429 beyond it, sized for a campus NAT; it bounds how many addresses one
 * machine can have mailed. Per address: never a refusal — a refusal would let anyone lock the
 * rector out by asking for the rector's link five times — but at most one email per resend
 * window; the requests in between are accepted and quietly dropped, and the answer is the same.
 *
 * `next`, the page the person was going to, goes with the request into the table (the event the
 * notifier mints the link from) and from there onto the link: never into the email, and never
 * read back from a URL, so only the person who asked for the link can say where it lands.
 */
export async function requestSigninLink(deps: Deps, opts: { email: string; client: string; language?: Language; next?: string | undefined }): Promise<void> {
  const { config, db } = deps;
  const now = deps.clock();
  await countRequest(db, { scope: 'client', id: opts.client, limit: config.linkRequestsPerClient, windowMinutes: config.linkRequestWindowMinutes, nowMs: now.getTime() });
  const domain = opts.email.split('@')[1] ?? '';
  if (!config.allowedDomains.includes(domain)) return;
  const person = await getPerson(db, opts.email);
  if (!person) return;
  const sent = await putSigninRequestUnlessRecent(db, {
    email: person.email,
    at: now.toISOString(),
    cutoff: new Date(now.getTime() - config.signinResendSeconds * 1000).toISOString(),
    nonce: randomBytes(6).toString('hex'),
    language: opts.language,
    next: opts.next,
  });
  deps.log.info(sent ? 'signin link requested' : 'signin link request dropped: one was sent moments ago', { domain });
}

export async function startSession(deps: Deps, token: string): Promise<{ sessionId: string; person: Person; expiresAt: string; next?: string }> {
  const now = deps.clock().toISOString();
  const hash = tokenHash(token);
  const link = await getLink(deps.db, hash);
  if (!link || link.purpose !== 'signin') throw new NotFoundError('This sign-in link is not valid', 'link_invalid');
  if (link.usedAt) throw new GoneError('link_used', 'This sign-in link has already been used; ask for a new one');
  if (link.expiresAt <= now) throw new GoneError('link_expired', 'This sign-in link has expired; ask for a new one');
  if (!(await spendSigninLink(deps.db, hash, now))) throw new GoneError('link_used', 'This sign-in link has already been used; ask for a new one');
  // The link did its work: the owner may ask for the next one at once, with no resend window to wait out.
  await forgetSigninResend(deps.db, link.email);
  const person = await getPerson(deps.db, link.email);
  if (!person) throw new NotFoundError('This sign-in link is not valid', 'link_invalid');
  const expiresAt = addDays(now, deps.config.sessionHours / 24);
  const sessionId = await createSession(deps.db, { email: person.email, now, expiresAt });
  // Checked again as it leaves: a link minted before a rule was tightened still sends no one off.
  return { sessionId, person, expiresAt, ...(isReturnPath(link.next) ? { next: link.next } : {}) };
}

export async function personForSession(deps: Deps, sessionId: string | undefined): Promise<Person> {
  if (!sessionId) throw new UnauthenticatedError();
  const email = await getSessionEmail(deps.db, sessionId, deps.clock().toISOString());
  const person = email ? await getPerson(deps.db, email) : undefined;
  if (!person) throw new UnauthenticatedError('Your session has ended; sign in again');
  return person;
}

/**
 * The person's own choice of language, kept in their profile: the notifier words every email to
 * them in it (sign-in links included), as the pages are. Nothing else of the profile changes; an
 * administrator's edit of the same person at the same moment wins the race, and the choice is
 * made again on top of it rather than overwriting it.
 */
export async function chooseLanguage(deps: Deps, person: Person, language: Language): Promise<Person> {
  for (let attempt = 1; ; attempt++) {
    const current = await readPersonRecord(deps.db, person.email);
    if (!current) throw new UnauthenticatedError('Your session has ended; sign in again');
    if (current.language === language) return current;
    const next = { ...current, language, version: current.version + 1, updatedAt: deps.clock().toISOString() };
    try {
      await replacePerson(deps.db, next, current);
      return next;
    } catch (error) {
      if (!(error instanceof PersonChangedError)) throw error;
      if (attempt >= 3) throw new ConflictError('person_changed', 'Your profile is being changed right now; choose the language again', { language: current.language });
    }
  }
}

export async function endSession(deps: Deps, sessionId: string | undefined): Promise<void> {
  if (sessionId) await deleteSession(deps.db, sessionId);
}

/**
 * Only a role held for the whole university counts: these roles are never narrowed to a
 * faculty (the directory refuses that), and one recorded so before that rule must not carry
 * full powers — nor count as the administrator who keeps the university administered.
 */
const holdsForUniversity = (person: Person, role: 'admin' | 'international_office') => person.roles.some((r) => r.role === role && r.scope.type === 'university');

export function isAdmin(person: Person): boolean {
  return holdsForUniversity(person, 'admin');
}

/** The international office: admins and holders of its role act on nominations after approval. */
export function isOffice(person: Person): boolean {
  return isAdmin(person) || holdsForUniversity(person, 'international_office');
}
