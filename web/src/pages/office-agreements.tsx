/**
 * The office's agreements' entry (office-agreements.html, at /office/agreements): the page
 * (office-agreements-page.tsx) in the reader's language, in the console's frame, which checks who
 * is signed in before the page asks for anything.
 */
import { mountPage } from '../components/page';
import { officeAgreements, OfficeAgreementsPage } from './office-agreements-page';

const model = officeAgreements(location.search);

void mountPage(() => <OfficeAgreementsPage model={model} />, {
  en: () => import('../i18n/agreements-words?lang=en'),
  ru: () => import('../i18n/agreements-words?lang=ru'),
  uz: () => import('../i18n/agreements-words?lang=uz'),
});
