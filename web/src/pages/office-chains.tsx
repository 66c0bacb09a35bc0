/**
 * The approval chains page's entry (office-chains.html, at /office/chains): the page
 * (office-chains-page.tsx) in the reader's language, in the console's frame, which checks who is
 * signed in before the page asks for anything.
 */
import { mountPage } from '../components/page';
import { officeChains, OfficeChainsPage } from './office-chains-page';

const model = officeChains();

void mountPage(() => <OfficeChainsPage model={model} />, {
  en: () => import('../i18n/chains-words?lang=en'),
  ru: () => import('../i18n/chains-words?lang=ru'),
  uz: () => import('../i18n/chains-words?lang=uz'),
});
