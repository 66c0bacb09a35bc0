// @vitest-environment happy-dom
/**
 * The approval chains page without a browser (happy-dom), the API answered by a stub: an admin
 * sees each chain's steps as fields and the places nobody can approve for by name; moves and
 * removes a step (announced, the focus kept on the step); is stopped before sending by the shared
 * schema and told by the server which step's field is wrong, the edits kept; is told someone
 * else saved the chain meanwhile and chooses to see theirs or to save over it. The international
 * office reads the steps as text, and a chain the API cannot read says so.
 */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WordChunks } from '../../web/src/i18n/live';
import { fittingScope, freshId, officeChains, OfficeChainsPage, readSteps, type Chain } from '../../web/src/pages/office-chains-page';
import { clearRoot, freshRoot } from '../support/page-root';

const WORDS: WordChunks = {
  en: () => import('../../web/src/i18n/chains-words?lang=en'),
  ru: () => import('../../web/src/i18n/chains-words?lang=ru'),
  uz: () => import('../../web/src/i18n/chains-words?lang=uz'),
};
const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(selector: string) => [...document.querySelectorAll<T>(selector)];

let root: HTMLElement;
beforeEach(async () => {
  root = await freshRoot(WORDS);
});
afterEach(() => clearRoot(root));

type Sent = { method: string; url: string; body: unknown };
type Answer = [number, unknown];

/** The API answered per `METHOD /path`; a list of answers is used one per request, the last kept. Each request recorded. */
function stubApi(answers: Record<string, Answer | Answer[]>): Sent[] {
  const sent: Sent[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      const method = init?.method ?? 'GET';
      sent.push({ method, url, body: init?.body ? JSON.parse(String(init.body)) : undefined });
      const given = answers[`${method} ${url.split('?')[0]}`];
      const [status, body] = Array.isArray(given?.[0]) ? ((given as Answer[]).length > 1 ? (given as Answer[]).shift()! : (given as Answer[])[0]!) : ((given as Answer | undefined) ?? [404, { error: 'not_found' }]);
      return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    }),
  );
  return sent;
}

const person = (role: string) => ({ email: `${role}@uni.example`, name: 'Someone', language: 'en', roles: [{ role, scope: { type: 'university' } }] });
const faculties = [
  { id: 'economics', name: 'Faculty of Economics', names: { ru: 'Экономический факультет' }, departments: [{ id: 'world-economy', name: 'Department of World Economy' }] },
  { id: 'physics', name: 'Faculty of Physics', departments: [] },
];
const nomination: Chain = {
  kind: 'nomination',
  steps: [
    { id: 'department', role: 'head_of_department', scope: 'department', policy: 'any', dueDays: 3 },
    { id: 'faculty', role: 'dean', scope: 'faculty', policy: 'any', dueDays: 3 },
    { id: 'international-office', role: 'international_office', scope: 'university', policy: 'all', dueDays: 5 },
  ],
  version: 3,
  updatedAt: '2026-11-02T10:00:00.000Z',
  gaps: [
    { stepIndex: 0, stepId: 'department', role: 'head_of_department', missing: [{ faculty: 'economics', department: 'world-economy' }] },
    { stepIndex: 1, stepId: 'faculty', role: 'dean', missing: [{ faculty: 'economics' }] },
  ],
};
const memorandum: Chain = { kind: 'memorandum', steps: [], version: 0, gaps: [] };

const answers = (more: Record<string, Answer | Answer[]> = {}) => ({
  'GET /api/me': [200, person('admin')] as Answer,
  'GET /api/chains': [200, [nomination, memorandum]] as Answer,
  'GET /api/faculties': [200, faculties] as Answer,
  ...more,
});

async function shown(): Promise<ReturnType<typeof officeChains>> {
  const model = officeChains();
  render(<OfficeChainsPage model={model} />, root);
  await vi.waitFor(() => expect($('#chains')).not.toBeNull());
  return model;
}

const form = (kind: string) => $<HTMLFormElement>(`#chain-${kind}`)!;
const message = (kind: string) => form(kind).querySelector<HTMLElement>(':scope > .message')!;
const roles = (kind: string) => [...form(kind).querySelectorAll<HTMLSelectElement>('select[data-part="role"]')].map((s) => s.value);
const button = (within: ParentNode, text: string) => [...within.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === text)!;
function choose(id: string, value: string): void {
  const s = $<HTMLSelectElement>(`#${id}`)!;
  s.value = value;
  s.dispatchEvent(new Event('change', { bubbles: true }));
}
function type(id: string, value: string): void {
  const i = $<HTMLInputElement>(`#${id}`)!;
  i.value = value;
  i.dispatchEvent(new Event('input', { bubbles: true }));
}
const submit = (kind: string) => form(kind).dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));

describe('a new step', () => {
  it('is looked up where its role is usually given, within what the chain offers', () => {
    expect(fittingScope('nomination', 'head_of_department')).toBe('department');
    expect(fittingScope('memorandum', 'head_of_department')).toBe('faculty');
    expect(fittingScope('memorandum', 'rector')).toBe('university');
  });

  it('takes an id after its role, unlike the chain’s other steps’ ids', () => {
    const steps = [{ key: 1, id: 'dean', role: 'dean', scope: 'faculty' as const, policy: 'any' as const, dueDays: '3', autoId: false }];
    expect(freshId(steps, 'dean', 2)).toBe('dean-2');
    expect(freshId(steps, 'vice_rector', 2)).toBe('vice-rector');
    expect(readSteps([{ ...steps[0]!, dueDays: ' 4 ' }, { ...steps[0]!, dueDays: '2.5' }]).map((s) => s.dueDays)).toEqual([4, '2.5']);
  });
});

describe('the approval chains page, for an admin', () => {
  it('shows each chain’s steps as fields, when it was changed, and the places nobody can approve for by name', async () => {
    stubApi(answers());

    await shown();

    expect($('h1')!.textContent).toBe('Approval chains');
    expect($('nav.office-nav a[aria-current=page]')!.textContent).toBe('Approval chains');
    expect(roles('nomination')).toEqual(['head_of_department', 'dean', 'international_office']);
    expect($<HTMLSelectElement>('#nomination-step-3-policy')!.value).toBe('all');
    expect($<HTMLInputElement>('#nomination-step-1-dueDays')!.value).toBe('3');
    expect(form('nomination').querySelector('.chain-version')!.textContent).toBe('Last changed on November 2, 2026');
    expect([...form('nomination').querySelectorAll('.gap-list li')].map((li) => li.textContent)).toEqual([
      'Step 1 (Head of department): nobody holds it in Faculty of Economics / Department of World Economy',
      'Step 2 (Dean): nobody holds it in Faculty of Economics',
    ]);
    expect(form('memorandum').querySelector('.chain-version')!.textContent).toContain('Not set up yet');
    expect(form('memorandum').querySelector('.no-steps')!.textContent).toBe('This chain has no steps yet.');
    expect($('#read-only')).toBeNull();
    expect($<HTMLButtonElement>('#nomination-step-1-up')!.disabled).toBe(true);
    expect($<HTMLButtonElement>('#nomination-step-3-down')!.disabled).toBe(true);
  });

  it('moves a step down, says so for a screen reader, and keeps the focus on that step’s button', async () => {
    stubApi(answers());
    await shown();

    $<HTMLButtonElement>('#nomination-step-1-down')!.click();
    await vi.waitFor(() => expect(roles('nomination')).toEqual(['dean', 'head_of_department', 'international_office']));

    expect(form('nomination').querySelector('.step-moved')!.textContent).toBe('Head of department is now step 2 of 3.');
    expect(document.activeElement?.textContent).toBe('Move step 2 down');
    $<HTMLButtonElement>('#nomination-step-2-down')!.click();
    await vi.waitFor(() => expect(roles('nomination')).toEqual(['dean', 'international_office', 'head_of_department']));
    // At the end it cannot move down: the focus goes to its other button.
    expect(document.activeElement?.textContent).toBe('Move step 3 up');
  });

  it('adds a step with its role focused, and removes one with the focus on the step that took its place', async () => {
    stubApi(answers());
    await shown();

    button(form('memorandum'), 'Add a step').click();
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('memorandum-step-1-role'));
    choose('memorandum-step-1-role', 'dean');
    await vi.waitFor(() => expect($<HTMLInputElement>('#memorandum-step-1-id')!.value).toBe('dean'));
    expect($<HTMLSelectElement>('#memorandum-step-1-scope')!.value).toBe('faculty');
    expect([...$<HTMLSelectElement>('#memorandum-step-1-scope')!.options].map((o) => o.textContent)).toEqual(['The initiating faculty', 'The whole university']);

    $<HTMLButtonElement>('#nomination-step-2-remove')!.click();
    await vi.waitFor(() => expect(roles('nomination')).toEqual(['head_of_department', 'international_office']));
    expect(document.activeElement?.id).toBe('nomination-step-2-role');
    expect(form('nomination').querySelector('.step-moved')!.textContent).toBe('Step 2 is removed.');
  });

  it('checks the chain with the shared schema before sending: an empty role and days out of range on their fields, nothing sent', async () => {
    const sent = stubApi(answers());
    await shown();

    choose('nomination-step-2-role', '');
    type('nomination-step-1-dueDays', '61');
    submit('nomination');
    await vi.waitFor(() => expect(form('nomination').querySelectorAll('.field-error')).toHaveLength(2));

    expect($('#nomination-step-1-dueDays')!.getAttribute('aria-invalid')).toBe('true');
    expect($(`#${$('#nomination-step-1-dueDays')!.getAttribute('aria-describedby')}`)!.textContent).toBe('At most 60 days');
    expect($('#nomination-step-2-role')!.parentElement!.querySelector('.field-error')!.textContent).toBe('Choose one');
    expect(message('nomination').textContent).toBe('Not saved: see the marked fields. Your edits are kept.');
    expect(document.activeElement?.id).toBe('nomination-step-1-dueDays');
    expect(sent.filter((s) => s.method === 'PUT')).toEqual([]);
  });

  it('says a chain with no step needs one, and sends nothing', async () => {
    const sent = stubApi(answers());
    await shown();

    submit('memorandum');
    await vi.waitFor(() => expect(message('memorandum').textContent).not.toBe(''));

    expect(message('memorandum').textContent).toBe('Not saved. Your edits are kept. A chain needs at least one step');
    expect(sent.filter((s) => s.method === 'PUT')).toEqual([]);
  });

  it('saves the chain with the version read, shows the saved chain, and moves the focus to its heading', async () => {
    const saved: Chain = { ...nomination, steps: [nomination.steps[1]!, nomination.steps[0]!, nomination.steps[2]!], version: 4, updatedAt: '2026-12-07T09:00:00.000Z', gaps: [] };
    const sent = stubApi(answers({ 'PUT /api/chains/nomination': [200, saved] }));
    await shown();

    $<HTMLButtonElement>('#nomination-step-1-down')!.click();
    await vi.waitFor(() => expect(roles('nomination')[0]).toBe('dean'));
    submit('nomination');
    await vi.waitFor(() => expect(message('nomination').textContent).toBe('Saved. It applies to submissions made from now on.'));

    expect(sent.find((s) => s.method === 'PUT')!.body).toEqual({ steps: saved.steps, version: 3 });
    expect(form('nomination').querySelector('.gaps')).toBeNull();
    expect(form('nomination').querySelector('.chain-version')!.textContent).toBe('Last changed on December 7, 2026');
    expect(document.activeElement?.id).toBe('chain-nomination-heading');
  });

  it('shows the server’s refusal of a step on that step’s field, worded, with every edit kept', async () => {
    stubApi(
      answers({
        'PUT /api/chains/nomination': [400, { error: 'validation', message: 'Invalid', fields: [{ path: 'steps.2.scope', message: 'Nobody holds this role at this level; choose the level it is given at' }] }],
      }),
    );
    await shown();

    type('nomination-step-1-dueDays', '9');
    choose('nomination-step-3-scope', 'faculty');
    submit('nomination');
    await vi.waitFor(() => expect($('#nomination-step-3-scope')!.getAttribute('aria-invalid')).toBe('true'));

    expect($('#nomination-step-3-scope')!.parentElement!.querySelector('.field-error')!.textContent).toBe('Nobody holds this role at this level; choose the level it is given at');
    expect(message('nomination').textContent).toContain('Your edits are kept');
    expect($<HTMLInputElement>('#nomination-step-1-dueDays')!.value).toBe('9');
    expect($<HTMLSelectElement>('#nomination-step-3-scope')!.value).toBe('faculty');
  });

  it('tells an admin someone else saved meanwhile, keeps the edits, and saves them over it when asked', async () => {
    const theirs: Chain = { ...nomination, version: 5, steps: nomination.steps.map((s) => ({ ...s, dueDays: 7 })) };
    const sent = stubApi(
      answers({
        'PUT /api/chains/nomination': [
          [409, { error: 'chain_changed', message: 'Changed', chain: theirs }],
          [200, { ...theirs, version: 6, gaps: [] }],
        ],
      }),
    );
    await shown();

    type('nomination-step-1-dueDays', '11');
    submit('nomination');
    await vi.waitFor(() => expect(message('nomination').textContent).toContain('Someone else saved this chain while you were editing. Your edits are still here.'));
    expect($<HTMLInputElement>('#nomination-step-1-dueDays')!.value).toBe('11');
    button(message('nomination'), 'Save mine over it').click();
    await vi.waitFor(() => expect(message('nomination').textContent).toBe('Saved. It applies to submissions made from now on.'));

    const puts = sent.filter((s) => s.method === 'PUT').map((s) => s.body as { version: number; steps: { dueDays: number }[] });
    expect(puts.map((p) => p.version)).toEqual([3, 5]);
    expect(puts[1]!.steps[0]!.dueDays).toBe(11);
  });

  it('shows their version instead when asked, after a conflict', async () => {
    const theirs: Chain = { ...nomination, version: 5, steps: [nomination.steps[2]!] };
    stubApi(answers({ 'PUT /api/chains/nomination': [409, { error: 'chain_changed', message: 'Changed', chain: theirs }] }));
    await shown();

    submit('nomination');
    await vi.waitFor(() => expect(button(message('nomination'), 'Show their version instead')).toBeDefined());
    button(message('nomination'), 'Show their version instead').click();
    await vi.waitFor(() => expect(roles('nomination')).toEqual(['international_office']));

    expect(message('nomination').textContent).toBe('Showing their version, as saved.');
    expect(document.activeElement?.id).toBe('chain-nomination-heading');
  });

  it('says what failed with the request id, and that the connection was lost', async () => {
    stubApi(answers({ 'PUT /api/chains/nomination': [500, { error: 'internal', message: 'Something went wrong', requestId: 'req-7' }] }));
    await shown();

    submit('nomination');
    await vi.waitFor(() => expect(message('nomination').textContent).toBe('Not saved (500). Request id: req-7'));
    expect(message('nomination').className).toContain('error');
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    submit('nomination');
    await vi.waitFor(() => expect(message('nomination').textContent).toContain('connection'));
    expect($<HTMLButtonElement>('#chain-nomination-save')!.disabled).toBe(false);
  });
});

describe('the approval chains page, for others', () => {
  it('shows the international office each step as text, without a single control', async () => {
    stubApi(answers({ 'GET /api/me': [200, person('international_office')] }));

    await shown();

    expect($('#read-only')!.textContent).toBe('You can see the chains; only administrators can change them.');
    expect($$('#chain-forms input, #chain-forms select, #chain-forms button')).toEqual([]);
    expect([...form('nomination').querySelectorAll('.step h3')].map((h) => h.textContent)).toEqual(['Step 1: Head of department', 'Step 2: Dean', 'Step 3: International office']);
    expect(form('nomination').querySelector('.step p')!.textContent).toBe('The nominee’s department · One approver decides · 3 days to decide · id department');
  });

  it('says the chains could not be read, with the status and request id', async () => {
    stubApi(answers({ 'GET /api/chains': [500, { error: 'internal', requestId: 'req-9' }] }));
    const model = officeChains();
    render(<OfficeChainsPage model={model} />, root);

    await vi.waitFor(() => expect($('#message')!.textContent).toBe('The chains could not be loaded (500). Reload the page to try again. Request id: req-9'));
    expect($('#chains')).toBeNull();
  });

  it('reads in Uzbek after a switch in the header', async () => {
    stubApi(answers({ 'PUT /api/me/language': [200, { ...person('admin'), language: 'uz' }] }));
    await shown();

    choose('language', 'uz');
    // The Uzbek words are built on first asking (web/language-chunks.ts), which takes a while here.
    await vi.waitFor(() => expect($('h1')!.textContent).toBe('Tasdiqlash zanjirlari'), { timeout: 10_000 });

    expect(form('nomination').querySelector('legend')!.textContent).toBe('1-bosqich');
    expect(form('memorandum').querySelector('.save-chain')!.textContent).toBe('Memorandum zanjirini saqlash');
  });
});
