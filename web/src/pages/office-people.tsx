/**
 * The people and roles page's entry (office-people.html, at /office/people): the page
 * (office-people-page.tsx) in the reader's language, in the console's frame, which checks who is
 * signed in before the page asks for anything.
 */
import { mountPage } from '../components/page';
import { officePeople, OfficePeoplePage } from './office-people-page';

const model = officePeople(location.search);

void mountPage(() => <OfficePeoplePage model={model} />, {
  en: () => import('../i18n/people-words?lang=en'),
  ru: () => import('../i18n/people-words?lang=ru'),
  uz: () => import('../i18n/people-words?lang=uz'),
});
