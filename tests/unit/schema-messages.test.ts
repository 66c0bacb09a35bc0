/**
 * The pages check a form with the API's own schemas (zod/mini, shared/schemas) in a browser that
 * never loads classic zod, and zod/mini brings no words of its own: without a locale every
 * built-in check would say only "Invalid input". The API answers a 400 with the same schemas'
 * issues (router.ts, errors.ts `fieldErrors`) in a process that also runs classic zod. For the
 * same bad input both must give the same fields and the same English messages: the pages word
 * the API's messages by their text (shared/i18n/validation.ts `fieldMessage`), and the API's other clients read them.
 */
import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod';
import * as mini from 'zod/mini';
import { createApp } from '../../functions/api/app';
import { fieldErrors } from '../../functions/api/errors';
import { loadConfig } from '../../functions/lib/config';
import { createLogger } from '../../functions/lib/log';
import type { ApiDeps } from '../../functions/lib/deps';
import type { FieldError } from '../../shared/errors';

/** What the page reads of its check (memorandum-values.ts `problemsOf`, form-problems.ts `schemaProblems`). */
const pageFields = (schema: { safeParse(body: unknown): { error?: { issues: { path: PropertyKey[]; message: string }[] } } }, body: unknown): FieldError[] =>
  (schema.safeParse(body).error?.issues ?? []).map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));

/** What the API answers in a 400's `fields` for the same body (router.ts: `z.safeParse`, then `fieldErrors`). */
const apiFields = (schema: z.core.$ZodType, body: unknown): FieldError[] => {
  const parsed = z.safeParse(schema, body);
  return parsed.success ? [] : fieldErrors(parsed.error);
};

/**
 * The schemas as a page has them: their modules loaded afresh in a zod that no classic schema has
 * given a locale (a page never loads classic zod; the config is zod's one global).
 */
async function asAPageLoadsThem() {
  mini.config({ localeError: undefined });
  const withoutLocale = mini.string().check(mini.minLength(1)).safeParse('').error!.issues[0]!.message;
  vi.resetModules();
  return {
    withoutLocale,
    common: await import('../../shared/schemas/common'),
    agreement: await import('../../shared/schemas/agreement'),
    nomination: await import('../../shared/schemas/nomination'),
    submission: await import('../../shared/schemas/memorandum-submission'),
    directory: await import('../../shared/schemas/directory'),
    office: await import('../../shared/schemas/office'),
    api: await import('../../shared/schemas/api'),
  };
}

const memorandum = (page: Awaited<ReturnType<typeof asAPageLoadsThem>>) => structuredClone(page.common.exampleOf(page.agreement.MemorandumInputSchema)) as Record<string, any>;

describe('a bad form, checked by the page and answered by the API', () => {
  it('gets the same fields and the same English messages from both, zod’s own and the schemas’', async () => {
    // Prepare
    const page = await asAPageLoadsThem();
    const badMemorandum: Record<string, any> = { ...memorandum(page), scope: [], endDate: '2020-01-01', summary: ' ', extra: 1 };
    badMemorandum.cooperationConditions[0] = { ...badMemorandum.cooperationConditions[0], totalMonthsPerYear: 'abc', eqfLevels: [4], languages: [{ code: 'zz', level: 'D1' }] };
    const cases: [string, mini.ZodMiniType, unknown][] = [
      [
        'a nomination',
        page.nomination.NominationInputSchema,
        { nominee: { name: '', email: 'not an address' }, academicYear: '2026/2028', language: { code: 'RU', level: 'B2' }, motivation: 'x'.repeat(4001), extra: 1 },
      ],
      ['a memorandum', page.agreement.MemorandumInputSchema, badMemorandum],
      [
        'a memorandum proposing its partner',
        page.submission.MemorandumSubmissionSchema,
        { ...memorandum(page), partnerId: undefined, proposedPartner: { name: '...', country: 'UK', city: '', website: 'ftp://x', erasmusCode: 'nope', contacts: [{ name: '', email: 'x' }] } },
      ],
      ['a person', page.directory.PersonInputSchema, { email: 'x', name: '', language: 'de', roles: [{ role: 'dean', scope: { type: 'town' } }] }],
      // The rules across fields run once the fields parse.
      [
        'a person’s roles',
        page.directory.PersonInputSchema,
        { email: 'dean@uni.example', name: 'D', department: 'd', roles: [{ role: 'dean', scope: { type: 'faculty', faculty: 'f' } }, { role: 'dean', scope: { type: 'faculty', faculty: 'f' } }, { role: 'admin', scope: { type: 'faculty', faculty: 'f' } }] },
      ],
      ['a chain', page.directory.ChainUpdateSchema, { steps: [{ id: 'a', role: 'admin', scope: 'faculty', policy: 'some', dueDays: 0 }, { id: 'a', role: 'dean', scope: 'faculty', policy: 'any', dueDays: 61.5 }], version: -1 }],
      ['a signature', page.office.SignatureRequestSchema, { party: 'us', date: '2026-02-30', signatoryName: '', signatoryPosition: 'x'.repeat(201) }],
    ];

    // Act
    const compared = cases.map(([name, schema, body]) => ({ name, page: pageFields(schema, body), api: apiFields(schema, body) }));

    // Assess
    expect(page.withoutLocale, 'zod/mini with no locale, as a page would have it without the schemas’ own').toBe('Invalid input');
    for (const { name, page: onPage, api } of compared) {
      expect(onPage.length, name).toBeGreaterThanOrEqual(3);
      expect(onPage, name).toEqual(api);
      expect(onPage.map((f) => f.message), `${name}: every message says what is wrong`).not.toContain('Invalid input');
    }
    const messages = compared.flatMap((c) => c.page.map((f) => f.message));
    expect(messages).toEqual(
      expect.arrayContaining([
        'Too small: expected string to have >=1 characters',
        'Too big: expected string to have <=4000 characters',
        'Invalid input: expected string, received undefined',
        'Invalid input: expected number, received string',
        'Invalid input: expected int, received number',
        'Invalid option: expected one of "student"|"academic_staff"|"administrative_staff"',
        'Too small: expected array to have >=1 items',
        'Unrecognized key: "extra"',
        'Enter a valid email address',
        'The second year must follow the first',
        'The end date must be after the start date',
        'Use an ISO 3166-1 alpha-2 country code such as KZ, KG, CN, DE',
        'This role is already given here',
        'At least one day',
        'Not a real date',
      ]),
    );
  });

  it('is answered by the API in process with the fields the page’s check finds', async () => {
    // Prepare
    const page = await asAPageLoadsThem();
    const config = loadConfig({ TABLE_NAME: 'hamkor-unused', DOCUMENTS_BUCKET: 'hamkor-unused', APP_URL: 'http://localhost:3000', MAIL_FROM: 'hamkor@uni.example', LOG_LEVEL: 'silent' });
    const unused = new Proxy({}, { get: () => { throw new Error('a refused body reaches no storage'); } });
    const deps = { config, db: unused, storage: unused, clock: () => new Date('2026-11-20T09:30:00Z'), log: createLogger('silent') } as unknown as ApiDeps;
    const body = { email: ' not an address ', language: 'de', remember: true };

    // Act
    const res = await createApp(deps).request('http://localhost:3000/api/auth/link', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost:3000' },
      body: JSON.stringify(body),
    });

    // Assess
    expect(res.status).toBe(400);
    const answered = ((await res.json()) as { fields: FieldError[] }).fields;
    expect(answered).toEqual(pageFields(page.api.LinkRequestSchema, body));
    expect(answered.map((f) => f.message)).toEqual(['Enter a valid email address', 'Invalid option: expected one of "en"|"ru"|"uz"', 'Unrecognized key: "remember"']);
  });
});
