/**
 * Where sign-in may send a person on to (shared/return-path.ts), checked over generated input
 * (fast-check): every hostile shape of a `next` is refused — another host, a scheme, a backslash,
 * control characters, the API, a token page, too long — and whatever is accepted, from any string
 * at all, stays on this origin on one of the app's own pages. The API's schema drops a refused
 * `next` rather than refusing the request, and the pages' "Sign in" link names only good ones.
 */
import fc from 'fast-check';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { planMails } from '../../functions/notifier/plan';
import { APP_PREFIXES, PAGE_FILES } from '../../infra/web-site';
import { isReturnPath, RETURN_PAGE_PREFIXES, RETURN_PAGES, RETURN_PATH_MAX, returnPathOr } from '../../shared/return-path';
import { LinkRequestSchema, ReturnPathSchema } from '../../shared/schemas/api';
import { signinHref } from '../../web/src/signin-link';

const ORIGIN = 'https://hamkor.uni.example';

/** The pages a return path may name, an id's page included. */
const page = fc.oneof(
  fc.constantFrom(...RETURN_PAGES),
  fc.tuple(fc.constantFrom(...RETURN_PAGE_PREFIXES), fc.stringMatching(/^[A-Za-z0-9_-]{1,24}$/), fc.boolean()).map(([prefix, id, edit]) => `${prefix}${id}${edit ? '/edit' : ''}`),
);
/** A query as the pages write one (URLSearchParams): any keys and values, in any script, encoded. */
const query = fc.dictionary(fc.string({ minLength: 1, maxLength: 8, unit: 'grapheme' }), fc.string({ maxLength: 16, unit: 'grapheme' }), { minKeys: 1, maxKeys: 3 }).map((d) => new URLSearchParams(d).toString());
/** Any string at all: ASCII, any Unicode, and URL-ish pieces glued together. */
const anything = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ maxLength: 80, unit: 'binary' }),
  fc.array(fc.constantFrom('/', '//', '\\', '.', '..', '%2F', '%5C', '%2e', '?', '#', '@', ':', 'api', 'office', 'evil.example', 'https:', 'javascript:', '\t', '\n', '\r', '\u0000', ' ', '\u3002'), { maxLength: 12 }).map((parts) => parts.join('')),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
);
const CONTROL = fc.constantFrom('\t', '\n', '\r', '\u0000', '\u0008', '\u001b', '\u007f', '\u0085', '\u2028');

/** The named hostile shapes, each refused. */
const HOSTILE = [
  '//evil.example',
  '//evil.example/office',
  '///evil.example',
  '/\\evil.example',
  '\\/evil.example',
  '/\\/evil.example',
  'https://evil.example',
  'https://evil.example/office',
  'http:/office',
  'javascript:alert(1)',
  'JavaScript:alert(document.cookie)',
  'data:text/html,<script>alert(1)</script>',
  'evil.example',
  'office',
  '%2F%2Fevil.example',
  '/%2F%2Fevil.example',
  '/%2f%2fevil.example',
  '/office/%2e%2e/api/me',
  '/office/../api/me',
  '/office/./activities',
  '/office//activities',
  '/office/activities#t=x',
  "/office/activities?x='",
  '/office?',
  '/office?x=%zz',
  '/api/me',
  '/api/auth/signout',
  '/signin',
  '/signin?next=/office',
  '/act',
  '/partner',
  '/\t/evil.example',
  '/\n/evil.example',
  '/office\t',
  '/office\r\n',
  ' /office',
  '/office ',
  '/nominations/',
  '/nominations//evil.example',
  '/nominations/a/../../api/me',
  '/Office',
  '',
];

describe('a return path', () => {
  it('is refused in each of its named hostile shapes', () => {
    // Act
    const accepted = HOSTILE.filter((value) => isReturnPath(value));

    // Assess
    expect(accepted).toEqual([]);
    expect(HOSTILE.map((value) => returnPathOr(value))).toEqual(HOSTILE.map(() => '/'));
  });

  it('is refused when it is not a string', () => {
    fc.assert(fc.property(fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.object(), fc.array(fc.string())), (value) => !isReturnPath(value)));
  });

  it('is refused when it starts with two slashes, a backslash or a scheme, whatever follows', () => {
    const start = fc.constantFrom('//', '/\\', '\\', '\\\\', 'https://', 'http://', 'javascript:', 'data:', 'vbscript:', 'file://', 'HTTPS://', 'mailto:');
    fc.assert(fc.property(start, fc.string({ maxLength: 60 }), (s, rest) => !isReturnPath(`${s}${rest}`)));
  });

  it('is refused with a control character, a tab or a newline anywhere in it, even in a good page', () => {
    fc.assert(
      fc.property(page, fc.option(query, { nil: undefined }), CONTROL, fc.nat(), (p, q, control, at) => {
        const good = q ? `${p}?${q}` : p;
        const i = at % (good.length + 1);
        return !isReturnPath(`${good.slice(0, i)}${control}${good.slice(i)}`);
      }),
    );
  });

  it('is refused for anything of the API', () => {
    fc.assert(fc.property(fc.webPath(), fc.option(query, { nil: undefined }), (path, q) => !isReturnPath(`/api${path.startsWith('/') ? '' : '/'}${path}${q ? `?${q}` : ''}`)));
  });

  it('is refused when longer than its cap, however good it looks', () => {
    fc.assert(
      fc.property(page, fc.integer({ min: 1, max: 2000 }), (p, extra) => {
        const long = `${p}?q=${'a'.repeat(Math.max(0, RETURN_PATH_MAX - p.length - 3) + extra)}`;
        return long.length > RETURN_PATH_MAX && !isReturnPath(long);
      }),
    );
  });

  it('once accepted, from any string at all, stays on this origin, on one of the app’s pages, unchanged by a URL parser', () => {
    fc.assert(
      fc.property(fc.oneof(anything, page.map((p) => p), fc.tuple(page, anything).map(([p, a]) => `${p}${a}`)), (value) => {
        if (!isReturnPath(value)) return true;
        const url = new URL(value, ORIGIN);
        const pathIsPage = RETURN_PAGES.includes(url.pathname) || RETURN_PAGE_PREFIXES.some((prefix) => url.pathname.startsWith(prefix));
        return url.origin === ORIGIN && pathIsPage && !url.pathname.startsWith('/api/') && !value.startsWith('//') && !value.includes('\\') && url.pathname + url.search === value && value.length <= RETURN_PATH_MAX;
      }),
      { numRuns: 2000 },
    );
  });

  it('is accepted for each of the app’s pages, with any query its pages write, up to its cap', () => {
    fc.assert(
      fc.property(page, fc.option(query, { nil: undefined }), (p, q) => {
        const value = q ? `${p}?${q}` : p;
        return isReturnPath(value) === value.length <= RETURN_PATH_MAX;
      }),
    );
    expect(isReturnPath('/office/activities?activity=act-1')).toBe(true);
  });

  it('names only pages the web build serves, and no page a token opens', () => {
    // Assess: each page a route of infra/web-site.ts; each prefix one of its client-side routes.
    expect(RETURN_PAGES.filter((p) => !(p in PAGE_FILES))).toEqual([]);
    expect(RETURN_PAGE_PREFIXES.filter((p) => !APP_PREFIXES.includes(p))).toEqual([]);
    expect(Object.keys(PAGE_FILES).filter((p) => !RETURN_PAGES.includes(p)).sort()).toEqual(['/act', '/partner', '/signin']);
  });
});

describe('the sign-in request’s next', () => {
  it('is kept when it is a page of this site', () => {
    // Act
    const parsed = z.safeParse(LinkRequestSchema, { email: 'iro@uni.example', next: '/office/activities?activity=act-1' });

    // Assess
    expect(parsed).toMatchObject({ success: true, data: { email: 'iro@uni.example', next: '/office/activities?activity=act-1' } });
  });

  it('is dropped, never a refusal, when it is anything else: the person still gets their link', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...HOSTILE), anything.filter((a) => !isReturnPath(a)), fc.integer(), fc.constant(null), fc.object()), (next) => {
        const parsed = z.safeParse(LinkRequestSchema, { email: 'iro@uni.example', next });
        return parsed.success && parsed.data.next === undefined && parsed.data.email === 'iro@uni.example';
      }),
    );
  });

  it('is checked by the schema with the same rule as the pages', () => {
    fc.assert(fc.property(fc.oneof(anything, page, fc.constantFrom(...HOSTILE)), (value) => z.safeParse(ReturnPathSchema, value).success === isReturnPath(value)));
  });
});

describe('the sign-in email', () => {
  it('is minted with the page kept beside its token, and written with the link alone', () => {
    // Prepare
    const event = { type: 'signin_requested' as const, at: '2026-12-07T10:00:00.000Z', email: 'iro@uni.example', next: '/office/activities?activity=act-1' };
    const link = { url: `${ORIGIN}/signin#t=${'A'.repeat(43)}`, expiresAt: '2026-12-07T10:15:00.000Z' };

    // Act
    const [mail] = planMails(event, undefined, { appUrl: ORIGIN, admins: [], signinMinutes: 15 });

    // Assess
    expect(mail!.link).toEqual({ purpose: 'signin', next: '/office/activities?activity=act-1' });
    expect(mail!.render(link)).toEqual({ template: 'signin_link', link: link.url, expiresInMinutes: 15 });
  });
});

describe('the "Sign in" link of a page', () => {
  it('carries the page it is on, query and all, which the sign-in page reads back as it was', () => {
    fc.assert(
      fc.property(page.filter((p) => p !== '/'), fc.option(query, { nil: undefined }), (p, q) => {
        const search = q ? `?${q}` : '';
        const href = signinHref({ pathname: p, search });
        // Past the cap, the page is not named: signing in then lands on the default page.
        if (`${p}${search}`.length > RETURN_PATH_MAX) return href === '/signin';
        const next = new URL(href, ORIGIN).searchParams.get('next');
        return href.startsWith('/signin?next=') && next === `${p}${search}` && isReturnPath(next);
      }),
    );
    expect(signinHref({ pathname: '/office/activities', search: '?activity=act-1' })).toBe('/signin?next=%2Foffice%2Factivities%3Factivity%3Dact-1');
  });

  it('is plain /signin on the default page and on any page sign-in may not return to', () => {
    expect(['/', '/signin', '/act', '/api/me', '/no-such-page'].map((pathname) => signinHref({ pathname, search: '' }))).toEqual(Array(5).fill('/signin'));
  });
});
