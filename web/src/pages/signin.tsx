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
// Where the person was going, from a console page's "Sign in" link: asked for with the link (signin-page.tsx).
const model = signIn(token, undefined, new URLSearchParams(location.search).get('next'));

void mountPage(() => <SignInPage model={model} />, {
  en: () => import('../i18n/signin-words?lang=en'),
  ru: () => import('../i18n/signin-words?lang=ru'),
  uz: () => import('../i18n/signin-words?lang=uz'),
});
