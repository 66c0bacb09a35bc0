/**
 * The office's dashboard's entry (office-dashboard.html, at /office): the page
 * (office-dashboard-page.tsx) in the reader's language, in the console's frame, which checks who
 * is signed in before the page asks for anything.
 */
import { mountPage } from '../components/page';
import { officeDashboard, OfficeDashboardPage } from './office-dashboard-page';

const model = officeDashboard();

void mountPage(() => <OfficeDashboardPage model={model} />, {
  en: () => import('../i18n/dashboard-words?lang=en'),
  ru: () => import('../i18n/dashboard-words?lang=ru'),
  uz: () => import('../i18n/dashboard-words?lang=uz'),
});
