/**
 * The faculty's page's entry (index.html, served at `/`, `/nominations/<id>`, `/agreements/<id>`
 * and their `/edit`): the page (home-page.tsx) for the address, in the reader's words
 * (i18n/home-words.ts, one language downloaded), and then its reads. Nothing else happens until
 * a person presses a button.
 */
import { mountPage } from '../components/page';
import { HomePage, homePage, routeOf } from './home-page';

const model = homePage(routeOf(location.pathname));
// The reads go out with the words, not after them: on a slow line each round trip is most of a second.
const started = model.start();

void mountPage(() => <HomePage model={model} />, {
  en: () => import('../i18n/home-words?lang=en'),
  ru: () => import('../i18n/home-words?lang=ru'),
  uz: () => import('../i18n/home-words?lang=uz'),
}).then(() => started);
