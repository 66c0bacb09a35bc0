/**
 * The "Sign in" link of a page a signed-out visitor was going to: `/signin?next=<this page>`, so
 * that signing in brings them back here (an email's link to `/office/activities?activity=…`
 * opened signed out lands on that activity once they are in). Only a page sign-in may return to
 * (shared/return-path.ts) is named; anything else, and the default page itself, is plain `/signin`.
 */
import { isReturnPath } from '../../shared/return-path';

export function signinHref(here: { pathname: string; search: string } = location): string {
  const path = here.pathname + here.search;
  return isReturnPath(path) && path !== '/' ? `/signin?next=${encodeURIComponent(path)}` : '/signin';
}
