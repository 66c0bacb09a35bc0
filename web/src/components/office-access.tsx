/**
 * Who may see an office page, asked of GET /api/me before anything else is asked for: the
 * international office and admins only, as the console's older pages (web/src/office.ts) do. Not
 * signed in → a sign-in link; anyone else → the page is the office's. A page that later sits in
 * the Preact console frame can take this away whole: `checkOfficeAccess` answers, `AccessRefused`
 * words the refusal.
 */
import { api } from '../api';
import type { Me } from '../api-types';
import { preferLanguage, t } from '../i18n/live';

export type OfficeAccess = { kind: 'office'; me: Me } | { kind: 'notSignedIn' } | { kind: 'notOffice' } | { kind: 'failed'; status?: number };

const isOffice = (me: Me) => me.roles.some((r) => r.role === 'admin' || r.role === 'international_office');

/** Who is signed in, and whether the office's pages are theirs; the page then speaks their profile's language. */
export async function checkOfficeAccess(): Promise<OfficeAccess> {
  let answer;
  try {
    answer = await api('GET /me');
  } catch {
    return { kind: 'failed' };
  }
  if (answer.status === 401) return { kind: 'notSignedIn' };
  if (!answer.ok) return { kind: 'failed', status: answer.status };
  await preferLanguage(answer.data.language);
  return isOffice(answer.data) ? { kind: 'office', me: answer.data } : { kind: 'notOffice' };
}

/** The refusal, in the page's message box style: not signed in (with the way in), or not the office's page. */
export function AccessRefused({ access }: { access: Extract<OfficeAccess, { kind: 'notSignedIn' | 'notOffice' }> }) {
  if (access.kind === 'notSignedIn') {
    return (
      <div id="message" class="message warn" role="status" tabIndex={-1}>
        <span>{t('common.notSignedIn')}</span> <a href="/signin">{t('common.signIn')}</a>
      </div>
    );
  }
  return (
    <div id="message" class="message warn" role="status" tabIndex={-1}>
      <span>{t('office.onlyOffice')}</span>
    </div>
  );
}
