/**
 * The office's activities page's entry (office-activities.html, at /office/activities): the page
 * (office-activities-page.tsx) in the reader's language, in the console's frame.
 */
import { mountPage } from '../components/page';
import { officeActivities, OfficeActivitiesPage } from './office-activities-page';

const model = officeActivities(location.search);

void mountPage(() => <OfficeActivitiesPage model={model} />, {
  en: () => import('../i18n/activities-words?lang=en'),
  ru: () => import('../i18n/activities-words?lang=ru'),
  uz: () => import('../i18n/activities-words?lang=uz'),
});
