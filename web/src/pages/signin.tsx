/**
 * The sign-in page's entry (signin.html): the link's token from the fragment, the fragment gone
 * from the address bar at once, then the page (signin-page.tsx) in the reader's language.
 */
import { mountPage } from '../components/page';
import { signIn, SignInPage } from './signin-page';

const token = new URLSearchParams(location.hash.slice(1)).get('t');
// Out of the address bar and history at once (kept in memory for the button's post): a link left
// in the history or on a shared screen would sign its finder in.
if (location.hash) history.replaceState(history.state, '', location.pathname + location.search);
const model = signIn(token);

void mountPage(() => <SignInPage model={model} />, {
  en: () => import('../i18n/signin-words?lang=en'),
  ru: () => import('../i18n/signin-words?lang=ru'),
  uz: () => import('../i18n/signin-words?lang=uz'),
});
