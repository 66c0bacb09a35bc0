/**
 * Where a person signing in was going (`/signin?next=/office/activities%3Factivity%3Dact-1`): the
 * one rule for what such a path may be, for the API (ReturnPathSchema in schemas/api.ts is this
 * rule as a zod schema) and for the pages, which check it without zod (the sign-in page has a
 * 20 KB budget and carries none).
 *
 * Why so strict: a sign-in page that sends people on to an address taken from its own URL is an
 * open redirect — the classic way to make a phishing link start on the real site. So a return
 * path is only ever one of this app's own pages, on this origin:
 * - it starts with exactly one `/` (`//evil.example` is another host to a browser), has no
 *   backslash (browsers read `/\evil.example` as `//evil.example`), no scheme, no control
 *   characters (browsers drop tabs and newlines from a URL, so `/\t/evil.example` would become
 *   `//evil.example`), no spaces and nothing outside printable ASCII;
 * - its path is one of the pages below, spelled plainly (no `%`, no `.` segments): never `/api/…`,
 *   never a token page (`/signin`, `/act`, `/partner`), never anything a host might map elsewhere;
 * - a query may follow, of URL characters with well-formed `%XX` escapes; no fragment;
 * - it is at most RETURN_PATH_MAX characters;
 * - and a standard URL parser, resolving it against any origin, stays on that origin and gives
 *   back the very same path and query (a cross-check that owes nothing to the rules above).
 * Anything else is not an error: it is ignored, and the person lands on the default page.
 */

/** A return path's longest: an office list's page with its filters fits many times over. */
export const RETURN_PATH_MAX = 512;

/**
 * The pages a return path may name exactly (web/vite.config.ts's entries at their routes in
 * infra/web-site.ts PAGE_FILES; tests/unit/return-path.property.test.ts keeps the two in step):
 * the form and home page, and the office console's pages.
 */
export const RETURN_PAGES: readonly string[] = [
  '/',
  '/office',
  '/office/agreements',
  '/office/nominations',
  '/office/partners',
  '/office/activities',
  '/office/people',
  '/office/chains',
  '/office/reports',
  '/office/reports/annual',
  '/office/import',
];

/** The signed-in item pages (`/nominations/<id>`, `/agreements/<id>/edit`): infra/web-site.ts APP_PREFIXES. */
export const RETURN_PAGE_PREFIXES: readonly string[] = ['/nominations/', '/agreements/'];

/** After a prefix: plain segments (ids are letters, digits, `-` and `_`), no empty one, no `.` or `..`. */
const ITEM_SEGMENTS = /^[A-Za-z0-9_-]+(?:\/[A-Za-z0-9_-]+)*$/;
/** A query: URL characters only, each `%` starting a well-formed escape; no `#`, no `'` (a parser would re-escape it). */
const QUERY = /^(?:[A-Za-z0-9\-._~!$&()*+,;=:@/?]|%[0-9A-Fa-f]{2})*$/;

function isPagePath(path: string): boolean {
  if (RETURN_PAGES.includes(path)) return true;
  const prefix = RETURN_PAGE_PREFIXES.find((p) => path.startsWith(p));
  return prefix !== undefined && ITEM_SEGMENTS.test(path.slice(prefix.length));
}

/** Whether the URL parser agrees: resolved against an origin, the path stays on it, unchanged. */
function parsesAsItself(value: string): boolean {
  const origin = 'https://hamkor.invalid';
  try {
    const url = new URL(value, origin);
    return url.origin === origin && url.pathname + url.search === value;
  } catch {
    return false;
  }
}

/** Whether `value` is a path to one of this app's own pages that sign-in may send a person on to. */
export function isReturnPath(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > RETURN_PATH_MAX) return false;
  const q = value.indexOf('?');
  const path = q < 0 ? value : value.slice(0, q);
  const query = q < 0 ? '' : value.slice(q + 1);
  // A `?` with nothing after it is refused too: the parser drops it, and the cross-check would fail anyway.
  if (q >= 0 && query === '') return false;
  return isPagePath(path) && QUERY.test(query) && parsesAsItself(value);
}

/** `value` when it is a return path, else `fallback` (the default page): never an error. */
export function returnPathOr(value: unknown, fallback = '/'): string {
  return isReturnPath(value) ? value : fallback;
}
