/**
 * The approver's page's entry (act.html): the link's token and language from the fragment, the
 * fragment gone from the address bar at once, then the page (act-page.tsx) in the email's
 * language, and its read-only preview. Nothing else happens until a person presses a button.
 * A study plan's coordinator's link (`k=study-plan`) opens their page (study-plan-approval.tsx)
 * here too: the same entry, words and safeguards, without a page of its own to build and serve.
 */
import { mountPage } from '../components/page';
import { ActPage, approval } from './act-page';

const fragment = new URLSearchParams(location.hash.slice(1));
// Read once, then gone from the address bar and the history: a shared screen, a screenshot or the
// browser's history must not hand the link on. The page keeps it in memory for its posts.
if (location.hash) history.replaceState(history.state, '', location.pathname + location.search);

const words = {
  en: () => import('../i18n/act-words?lang=en'),
  ru: () => import('../i18n/act-words?lang=ru'),
  uz: () => import('../i18n/act-words?lang=uz'),
};

// The email's language, carried by its link (`l=`): the approver has no profile to take it from.
if (fragment.get('k') === 'study-plan') {
  // Its own chunk: an approver's page, opened on phones, does not carry the study plan's.
  void import('./study-plan-approval').then(({ StudyPlanApprovalPage, studyPlanApproval }) => {
    const plan = studyPlanApproval(fragment.get('t'));
    return mountPage(() => <StudyPlanApprovalPage model={plan} />, words, fragment.get('l')).then(() => plan.load());
  });
} else {
  const model = approval(fragment.get('t'));
  void mountPage(() => <ActPage model={model} />, words, fragment.get('l')).then(() => model.load());
}
