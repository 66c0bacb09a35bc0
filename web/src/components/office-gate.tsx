/**
 * Who may see a console page: admins and the international office. `officeAccess()` asks
 * `GET /me` once; `OfficeGate` shows the page's content to the office, and to anyone else only why
 * not: not signed in (with a sign-in link), or not the office. Told before the page asks for
 * anything else, as the older console pages do (web/src/office.ts).
 *
 * A stand-in for the console's frame (its header, navigation and sign-out): a page that uses it
 * keeps its content in a component of its own, so that moving it into the frame changes only the
 * page's entry.
 */
import { signal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { api } from '../api';
import type { Me } from '../api-types';
import { preferLanguage, t } from '../i18n/live';
import { MessageBox } from './message-box';

export type OfficeAccess = { state: 'checking' } | { state: 'office'; me: Me } | { state: 'signedOut' } | { state: 'notOffice' } | { state: 'failed'; status?: number };

const isOffice = (me: Me) => me.roles.some((r) => r.role === 'admin' || r.role === 'international_office');

export function officeAccess() {
  const access = signal<OfficeAccess>({ state: 'checking' });
  async function check(): Promise<void> {
    try {
      const me = await api('GET /me');
      if (me.status === 401) access.value = { state: 'signedOut' };
      else if (!me.ok) access.value = { state: 'failed', status: me.status };
      else {
        // The profile's language, unless a choice was made on this device.
        await preferLanguage(me.data.language);
        access.value = isOffice(me.data) ? { state: 'office', me: me.data } : { state: 'notOffice' };
      }
    } catch {
      access.value = { state: 'failed' };
    }
  }
  return { access, check };
}

type Props = { access: OfficeAccess; title: string; children: (me: Me) => ComponentChildren };

export function OfficeGate({ access, title, children }: Props) {
  if (access.state === 'office') return <>{children(access.me)}</>;
  const heading = access.state === 'notOffice' ? t('office.forOffice') : title;
  const message =
    access.state === 'checking'
      ? { text: () => t('common.loading') }
      : access.state === 'signedOut'
        ? { text: () => t('common.notSignedIn'), tone: 'warn' as const }
        : access.state === 'notOffice'
          ? { text: () => t('office.onlyOffice'), tone: 'warn' as const }
          : { text: () => (access.status ? t('common.somethingWrongStatus', { status: String(access.status) }) : t('common.offlineReload')), tone: 'error' as const };
  return (
    <>
      <h1>{heading}</h1>
      <MessageBox id="message" message={message} focusable={false}>
        {access.state === 'signedOut' ? (
          <>
            {' '}
            <a href="/signin">{t('common.signIn')}</a>
          </>
        ) : null}
      </MessageBox>
    </>
  );
}
