/**
 * The partner coordinator's page's entry (partner.html): the link's token and language from the
 * fragment, the fragment gone from the address bar at once, then the page (partner-page.tsx) in
 * the email's language (English when the office knows none; the switcher offers every language),
 * and its read-only preview. Nothing else happens until a person presses a button.
 */
import { mountPage } from '../components/page';
import { PartnerPage, partnerAnswer } from './partner-page';

const fragment = new URLSearchParams(location.hash.slice(1));
// Read once, then gone from the address bar and the history, as on the approver's page.
if (location.hash) history.replaceState(history.state, '', location.pathname + location.search);
const model = partnerAnswer(fragment.get('t'));

void mountPage(() => <PartnerPage model={model} />, {
  en: () => import('../i18n/partner-link-words?lang=en'),
  ru: () => import('../i18n/partner-link-words?lang=ru'),
  uz: () => import('../i18n/partner-link-words?lang=uz'),
}, fragment.get('l') ?? 'en').then(() => model.load());
