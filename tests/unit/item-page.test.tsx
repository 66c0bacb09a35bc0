// @vitest-environment happy-dom
/**
 * An item's page without a browser (happy-dom), the API answered by a stub: what was submitted in
 * the reader's words, the chain with its current step, the history and the documents; the
 * approver's comment and "Edit and resubmit" when it was sent back; the withdrawal and each way it
 * can be refused; and the page's words for an item it cannot show.
 */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AttachedDocument, Faculty, Item, NominationWithHistory, Partner } from '../../web/src/api-types';
import { chooseLanguage, startWords, type WordChunks } from '../../web/src/i18n/live';
import { ItemPage, itemPage, type ItemAddress } from '../../web/src/pages/item-page';

const WORDS: WordChunks = {
  en: () => import('../../web/src/i18n/home-words?lang=en'),
  ru: () => import('../../web/src/i18n/home-words?lang=ru'),
  uz: () => import('../../web/src/i18n/home-words?lang=uz'),
};
const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector);
const $$ = (selector: string) => [...document.querySelectorAll<HTMLElement>(selector)];
const text = (selector: string) => $(selector)?.textContent ?? null;

let root: HTMLElement;
beforeEach(async () => {
  localStorage.clear();
  root = document.createElement('main');
  document.body.replaceChildren(root);
  await startWords(WORDS, 'en');
});
afterEach(() => {
  render(null, root);
  vi.unstubAllGlobals();
});

type Call = { method: string; path: string; body: unknown };
type Answer = [number, unknown] | 'offline';

/** The API answered by `answer` for each call (method and path, without the query); every call recorded. */
function stubApi(answer: (call: Call) => Answer): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      const call = { method: init?.method ?? 'GET', path: url.split('?')[0]!, body: init?.body ? JSON.parse(String(init.body)) : undefined };
      calls.push(call);
      const got = answer(call);
      if (got === 'offline') throw new TypeError('Failed to fetch');
      return new Response(JSON.stringify(got[1]), { status: got[0], headers: { 'content-type': 'application/json' } });
    }),
  );
  return calls;
}

const AT = '2026-12-01T09:00:00.000Z';
const faculty = { email: 'faculty@uni.example', name: 'Aziz Rakhimov' };
const head = { email: 'head.physics@uni.example', name: 'Bobur Karimov' };
const dean = { email: 'dean.physics@uni.example', name: 'Dilshod Yusupov' };

const osh: Partner = { id: 'osh-state-university', name: 'Osh State University', names: { ru: 'Ошский государственный университет' }, type: 'university', country: 'KG', city: 'Osh', contacts: [], version: 1, createdAt: AT, updatedAt: AT } as Partner;
const physics: Faculty = { id: 'physics', name: 'Faculty of Physics', names: { ru: 'Физический факультет' }, departments: [{ id: 'general-physics', name: 'General Physics' }] } as Faculty;

function nomination(over: Partial<NominationWithHistory> = {}): NominationWithHistory {
  return {
    id: 'n-1',
    reference: 'NOM-2026-0042',
    version: 1,
    kind: 'nomination',
    status: 'in_review',
    submitter: faculty,
    createdAt: AT,
    updatedAt: AT,
    places: null,
    content: {
      nominee: { name: 'Dilnoza Karimova', email: 'dilnoza@student.uni.example', role: 'student', studyLevel: 'bachelor', faculty: 'physics', department: 'general-physics' },
      direction: 'outgoing',
      partnerId: 'osh-state-university',
      agreementId: 'agr-osh',
      programme: 'bilateral',
      mobilityType: 'semester_study',
      academicYear: '2027/2028',
      period: 'first_semester',
      language: { code: 'en', level: 'B2' },
      motivation: 'Strong in optics.',
    },
    review: {
      round: 1,
      stepIndex: 1,
      reminders: 0,
      lastTransition: { action: 'approve', by: head, at: AT },
      steps: [
        { id: 'head', role: 'head_of_department', scope: 'department', policy: 'any', dueDays: 5, outcome: 'approved', completedAt: AT, approvers: [{ ...head, receipt: { ...head, role: 'head_of_department', decision: 'approve', at: AT, snapshotHash: 'h', comment: 'Good choice.' } }] },
        { id: 'dean', role: 'dean', scope: 'faculty', policy: 'any', dueDays: 5, approvers: [dean] },
        { id: 'office', role: 'international_office', scope: 'university', policy: 'any', dueDays: 5, approvers: [] },
      ],
    },
    history: [
      { type: 'submitted', at: AT, actor: faculty },
      { type: 'decided', at: AT, actor: head, decision: 'approve', outcome: 'advanced', comment: 'Good choice.', step: { index: 0, id: 'head', role: 'head_of_department', policy: 'any' } },
    ],
    ...over,
  } as NominationWithHistory;
}

const agreement = { id: 'agr-osh', reference: 'MOU-2024-0001', kind: 'memorandum', status: 'active', content: { kind: 'memorandum_of_understanding', partnerId: 'osh-state-university' } };
const transcript: AttachedDocument = {
  id: 'doc-1',
  entity: { kind: 'nomination', id: 'n-1' },
  kind: 'transcript',
  fileName: 'transcript.pdf',
  contentType: 'application/pdf',
  size: 204_800,
  status: 'uploaded',
  uploadedBy: faculty,
  createdAt: AT,
  uploadedAt: AT,
};

const address: ItemAddress = { kind: 'nomination', id: 'n-1', path: '/nominations/n-1' };

/** The API as an item's page reads it: the item, the directory, the documents; `more` answers the rest first. */
function itemApi(item: () => Answer, more: (call: Call) => Answer | undefined = () => undefined): Call[] {
  return stubApi((call) => {
    const first = more(call);
    if (first) return first;
    if (call.path === '/api/nominations/n-1') return item();
    if (call.path === '/api/partners') return [200, [osh]];
    if (call.path === '/api/faculties') return [200, [physics]];
    if (call.path === '/api/agreements') return [200, [agreement]];
    if (call.path === '/api/nominations/n-1/documents') return [200, [transcript]];
    return [404, { error: 'not_found' }];
  });
}

async function show(me = faculty.email): Promise<ReturnType<typeof itemPage>> {
  const model = itemPage(address, { email: me });
  render(<ItemPage model={model} />, root);
  await model.load();
  await new Promise((r) => setTimeout(r, 0));
  return model;
}

describe('an item’s page', () => {
  it('shows what was submitted in the reader’s words, the chain at its current step, the documents and the history', async () => {
    // Prepare
    itemApi(() => [200, nomination()]);

    // Act
    await show();

    // Assess
    const content = Object.fromEntries($$('#item-content dt').map((dt) => [dt.textContent, (dt.nextElementSibling as HTMLElement).textContent]));
    expect(text('#title')).toBe('Exchange nomination NOM-2026-0042');
    expect(document.title).toBe('Exchange nomination NOM-2026-0042 — Hamkor');
    expect(text('#subtitle')).toBe('Dilnoza Karimova — Osh State University — 2027/2028');
    expect($$('#item-meta li').map((li) => li.textContent)).toEqual(['In review', expect.stringMatching(/^Submitted by you on /)]);
    expect(content['Partner']).toBe('Osh State University, Osh, Kyrgyzstan');
    expect(content['Faculty / department']).toBe('Faculty of Physics / General Physics');
    expect($('#item-content a')?.getAttribute('href')).toBe('/agreements/agr-osh');
    expect($$('#item-chain > li').map((li) => li.querySelector('strong')?.textContent)).toEqual(['Step 1: Head of department', 'Step 2: Dean', 'Step 3: International office']);
    expect($('#item-chain > li[aria-current=step]')?.textContent).toContain('Current step');
    expect($$('#item-chain > li')[0]!.textContent).toContain('“Good choice.”');
    expect($$('#item-chain > li')[2]!.textContent).toContain('Not reached yet');
    expect(text('#item-documents button')).toBe('Download transcript.pdf');
    expect(text('#item-documents .muted')).toMatch(/^Transcript, 200 KB, uploaded by Aziz Rakhimov on /);
    expect($$('#item-history > li').map((li) => li.children[1]?.textContent)).toEqual(['Aziz Rakhimov submitted it', 'Bobur Karimov: Approved (step 1, Head of department) — moved to the next step']);
    expect(text('#withdraw-heading')).toBe('Withdraw this nomination');
    expect($('#notice')).toBeNull();
  });

  it('names its submitter and offers no withdrawal to anyone else', async () => {
    // Prepare
    itemApi(() => [200, nomination()]);

    // Act
    await show(dean.email);

    // Assess
    expect($$('#item-meta li')[1]!.textContent).toMatch(/^Submitted by Aziz Rakhimov <faculty@uni\.example> on /);
    expect($('#withdraw-section')).toBeNull();
  });

  it('puts the approver’s comment at the top when it was sent back, with the way to edit it for its submitter', async () => {
    // Prepare
    const sentBack = nomination({ status: 'changes_requested', review: { ...nomination().review!, lastTransition: { action: 'request_changes', by: dean, at: AT, comment: 'Add the department.' } } });
    itemApi(() => [200, sentBack]);

    // Act
    await show();

    // Assess
    expect(text('#notice-heading')).toBe('Changes requested');
    expect(text('#notice-by')).toMatch(/^Dilshod Yusupov sent it back on .+\. Their comment:$/);
    expect(text('#notice-comment')).toBe('Add the department.');
    expect($<HTMLAnchorElement>('#edit-link')?.getAttribute('href')).toBe('/nominations/n-1/edit');
    expect(text('#edit-link')).toBe('Edit and resubmit');
  });

  it('says an approved nomination’s withdrawal gives its place back', async () => {
    // Prepare
    itemApi(() => [200, nomination({ status: 'approved' })]);

    // Act
    await show();

    // Assess
    expect(text('#withdraw-explained')).toMatch(/^It is approved: withdrawing it gives its place under the agreement back/);
    expect(text('#withdraw-form .hint')).toBe('Optional. It is kept in the history, where the international office sees it.');
  });

  it('withdraws on the press with the reason given, then shows the item withdrawn and says so where the focus goes', async () => {
    // Prepare
    let withdrawn = false;
    const calls = itemApi(
      () => [200, nomination(withdrawn ? { status: 'withdrawn' } : {})],
      (call) => (call.method === 'POST' ? ((withdrawn = true), [200, { id: 'n-1', reference: 'NOM-2026-0042', status: 'withdrawn' }]) : undefined),
    );
    await show();

    // Act
    const reason = $<HTMLTextAreaElement>('#withdraw-reason')!;
    reason.value = ' The student chose another programme. ';
    reason.dispatchEvent(new Event('input', { bubbles: true }));
    $<HTMLButtonElement>('#withdraw-button')!.click();
    await vi.waitFor(() => expect(text('#message')).toBe('Withdrawn. NOM-2026-0042'));

    // Assess
    expect(calls.filter((c) => c.method === 'POST')).toEqual([{ method: 'POST', path: '/api/nominations/n-1/withdraw', body: { reason: 'The student chose another programme.' } }]);
    expect($$('#item-meta li')[0]!.textContent).toBe('Withdrawn');
    expect($('#withdraw-section')).toBeNull();
    expect(document.activeElement?.id).toBe('message');
  });

  it('says why a withdrawal was refused: too late, the session ended, the server failed, offline', async () => {
    // Prepare
    const answers: Answer[] = [[409, { error: 'conflict', status: 'approved' }], [401, { error: 'unauthorized' }], [500, { error: 'internal', requestId: 'req-9' }], 'offline'];
    itemApi(
      () => [200, nomination()],
      (call) => (call.method === 'POST' ? answers.shift() : undefined),
    );
    await show();
    const said: (string | null)[] = [];

    // Act
    for (let i = 0; i < 4; i++) {
      $<HTMLButtonElement>('#withdraw-button')!.click();
      await vi.waitFor(() => expect($<HTMLButtonElement>('#withdraw-button')!.disabled).toBe(false));
      await vi.waitFor(() => expect(text('#withdraw-form .message')).not.toBe('Withdrawing…'));
      said.push(text('#withdraw-form .message'));
      if (i === 1) expect($<HTMLAnchorElement>('#withdraw-form .message a')?.target).toBe('_blank');
    }

    // Assess
    expect(said).toEqual([
      'It can no longer be withdrawn. (It is now: Approved.)',
      'Your session has ended. Sign in',
      'Not withdrawn (500). Request id: req-9',
      'Could not reach the server. Check your connection and try again.',
    ]);
  });

  it('words the item again on a switch of language, from what it read', async () => {
    // Prepare
    const calls = itemApi(() => [200, nomination()]);
    await show();
    const reads = calls.length;

    // Act
    await chooseLanguage('ru');

    // Assess
    expect(text('#subtitle')).toBe('Dilnoza Karimova — Ошский государственный университет — 2027/2028');
    expect(text('#chain-heading')).toBe('Порядок согласования');
    expect(calls.length).toBe(reads);
  });

  it('says what a failed download answered, in its own place', async () => {
    // Prepare
    itemApi(
      () => [200, nomination()],
      (call) => (call.path.endsWith('/download') ? [500, { error: 'internal', requestId: 'req-7' }] : undefined),
    );
    await show();

    // Act
    $<HTMLButtonElement>('#item-documents button')!.click();
    await vi.waitFor(() => expect(text('#documents-message')).not.toBe(''));

    // Assess
    expect(text('#documents-message')).toBe('The download could not start (500). Request id: req-7');
  });
});

describe('an item’s page that cannot show its item', () => {
  it.each([
    ['not found (or not someone’s to see)', [404, { error: 'not_found' }], 'Not found', 'Not found (or not yours to see).'],
    ['signed out', [401, { error: 'unauthorized' }], 'Please sign in', 'You are not signed in. Sign in'],
    ['refused by the server', [500, { error: 'internal', requestId: 'req-1' }], 'Something went wrong', 'The server answered 500. Request id: req-1'],
    ['offline', 'offline', 'Something went wrong', 'Could not load everything. Reload the page to try again.'],
  ] as [string, Answer, string, string][])('says so when %s', async (_, answer, title, message) => {
    // Prepare
    itemApi(() => answer);

    // Act
    await show();

    // Assess
    expect({ title: text('#title'), message: text('#message') }).toEqual({ title, message });
    expect($('#item')).toBeNull();
    expect($('#back-link')?.getAttribute('href')).toBe('/');
  });

  it('reads nothing more than the item and its names when the item is not found', async () => {
    // Prepare
    const calls = itemApi(() => [404, { error: 'not_found' }]);

    // Act
    await show();

    // Assess
    expect(calls.map((c) => c.path).sort()).toEqual(['/api/agreements', '/api/faculties', '/api/nominations/n-1', '/api/partners']);
  });
});

/** The page shows an item of either kind: a memorandum's heading names its kind. */
describe('a memorandum’s page', () => {
  it('is headed by the memorandum and offers its own withdrawal', async () => {
    // Prepare
    const memo = { ...nomination(), kind: 'memorandum', reference: 'MOU-2026-0007', content: { kind: 'cooperation_agreement', partnerId: 'osh-state-university', scope: ['joint_research'], conditions: [], startDate: '2027-01-01', endDate: '2031-12-31', coordinator: faculty, initiatingFaculty: 'physics', summary: 'Optics.' } } as unknown as Item;
    stubApi((call) =>
      call.path === '/api/agreements/m-1' ? [200, memo] : call.path === '/api/partners' ? [200, [{ ...osh, proposed: true }]] : call.path.endsWith('/documents') ? [200, []] : [200, []],
    );
    const model = itemPage({ kind: 'memorandum', id: 'm-1', path: '/agreements/m-1' }, { email: faculty.email });
    render(<ItemPage model={model} />, root);

    // Act
    await model.load();
    await new Promise((r) => setTimeout(r, 0));

    // Assess
    expect(text('#title')).toBe('Memorandum MOU-2026-0007');
    expect(text('#subtitle')).toBe('Cooperation agreement — Osh State University');
    expect(text('#withdraw-heading')).toBe('Withdraw this memorandum');
    expect($$('#item-content dd')[0]!.textContent).toMatch(/^Osh State University, Osh, Kyrgyzstan .+/);
    expect(text('#item-documents')).toBe('No documents uploaded.');
  });
});
