/**
 * The office's partners page's entry (office-partners.html, at /office/partners): the page
 * (office-partners-page.tsx) in the reader's language, in the console's frame, which checks who
 * is signed in before the page asks for anything.
 */
import { mountPage } from '../components/page';
import { officePartners, OfficePartnersPage } from './office-partners-page';

const model = officePartners();

void mountPage(() => <OfficePartnersPage model={model} />, {
  en: () => import('../i18n/partners-words?lang=en'),
  ru: () => import('../i18n/partners-words?lang=ru'),
  uz: () => import('../i18n/partners-words?lang=uz'),
});
