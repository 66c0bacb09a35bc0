/**
 * The office's nominations list's entry (office-nominations.html, at /office/nominations): the page
 * (office-nominations-page.tsx) in the reader's language, in the console's frame, which checks who
 * is signed in before the page asks for anything.
 */
import { mountPage } from '../components/page';
import { officeNominations, OfficeNominationsPage } from './office-nominations-page';

const model = officeNominations();

void mountPage(() => <OfficeNominationsPage model={model} />, {
  en: () => import('../i18n/nominations-words?lang=en'),
  ru: () => import('../i18n/nominations-words?lang=ru'),
  uz: () => import('../i18n/nominations-words?lang=uz'),
});
