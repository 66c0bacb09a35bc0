/**
 * The annual report's entry (office-annual.html, `/office/reports/annual?year=YYYY`): the page
 * (annual-page.tsx) in the reader's language, in the console's frame, which checks who is signed
 * in before the year's figures are asked for.
 */
import { mountPage } from '../components/page';
import { AnnualPage, annualReport } from './annual-page';

const model = annualReport();

void mountPage(() => <AnnualPage model={model} />, {
  en: () => import('../i18n/annual-words?lang=en'),
  ru: () => import('../i18n/annual-words?lang=ru'),
  uz: () => import('../i18n/annual-words?lang=uz'),
});
