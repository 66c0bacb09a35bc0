/**
 * The statistics page's entry (office-reports.html): the choices from the address, the page
 * (office-reports-page.tsx) in the reader's language, in the console's frame, which checks who
 * is signed in before the page asks for a figure.
 */
import { mountPage } from '../components/page';
import { officeReports, OfficeReportsPage } from './office-reports-page';

const model = officeReports(location.search);

void mountPage(() => <OfficeReportsPage model={model} />, {
  en: () => import('../i18n/reports-words?lang=en'),
  ru: () => import('../i18n/reports-words?lang=ru'),
  uz: () => import('../i18n/reports-words?lang=uz'),
});
