// @vitest-environment happy-dom
/**
 * The office's agreement edit form in Preact without a browser (happy-dom): filled from the
 * version in force with the memorandum form's fields under `edit-*` ids, it says before saving
 * what saving will do (nothing, a new version at once, an amendment through the chain, or a wait
 * for the amendment in approval) and names its button after it; every problem at once in a
 * summary linked to the edit form's own fields; the server's field errors, its own checks and its
 * 409s; the language switch re-words the faculties; Escape closes it. And the part of the page
 * around it: the amendment in approval, no edit on an amendment, the focus back on "Edit agreement".
 */
import { signal } from '@preact/signals';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemorandumInputSchema } from '../../shared/schemas/agreement';
import type { ApiAnswer } from '../../web/src/api';
import type { Agreement, Faculty } from '../../web/src/api-types';
import { AgreementEditForm, changedPaths, type AgreementEditFormProps } from '../../web/src/components/agreement-edit-form';
import { chooseLanguage, startWords, type WordChunks } from '../../web/src/i18n/live';
import { valuesOf } from '../../web/src/memorandum-values';
import { AgreementEdit } from '../../web/src/pages/office-agreements-edit';
import type { AgreementRead, OfficeAgreements } from '../../web/src/pages/office-agreements-page';

const WORDS: WordChunks = {
  en: () => import('../../web/src/i18n/agreements-words?lang=en'),
  ru: () => import('../../web/src/i18n/agreements-words?lang=ru'),
  uz: () => import('../../web/src/i18n/agreements-words?lang=uz'),
};
const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const texts = (selector: string) => [...document.querySelectorAll<HTMLElement>(selector)].map((e) => e.textContent);
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The Osh agreement's content as stored: what the API's schema made of it. */
const CONTENT = MemorandumInputSchema.parse({
  partnerId: 'osh-state-university',
  kind: 'academic_mobility_agreement',
  scope: ['student_exchange', 'staff_exchange'],
  cooperationConditions: [{ type: 'student_studies', sender: 'home', mobilitiesPerYear: 5, subjectAreas: ['0533'], eqfLevels: [6], languages: [{ code: 'en', level: 'B2' }], academicYears: [] }],
  startDate: '2024-09-01',
  endDate: '2029-08-31',
  coordinator: { name: 'Nodira Alimova', email: 'iro@uni.example' },
  initiatingFaculty: 'physics',
  summary: 'Student and staff exchange in physics, five places a year each way.',
}) as unknown as Agreement['content'];
const OSH = { id: 'agr-osh-2024', reference: 'AGR-2024-0003', status: 'active', contentVersion: 1, content: CONTENT } as unknown as Agreement;
const faculties = [
  { id: 'physics', name: 'Faculty of Physics', names: { ru: 'Физический факультет', uz: 'Fizika fakulteti' }, departments: [] },
  { id: 'law', name: 'Faculty of Law', departments: [] },
] as unknown as Faculty[];

type Answer = ApiAnswer<'POST /agreements/:id/changes'>;
const applied = (contentVersion: number): Promise<Answer> => Promise.resolve({ ok: true, status: 200, data: { applied: true, agreement: { ...OSH, contentVersion } } } as Answer);
const refused = (status: number, data: Record<string, unknown>): Promise<Answer> => Promise.resolve({ ok: false, status, data });

let root: HTMLElement;
beforeEach(async () => {
  localStorage.clear();
  root = document.createElement('div');
  document.body.replaceChildren(root);
  await startWords(WORDS, 'en');
  await chooseLanguage('en');
});
afterEach(() => render(null, root));

function show(overrides: Partial<AgreementEditFormProps> = {}) {
  const props: AgreementEditFormProps = {
    agreement: OSH,
    partnerName: 'Osh State University',
    faculties,
    pathOf: (id) => `/office/agreements?id=${id}`,
    send: vi.fn(() => applied(2)),
    onDone: vi.fn(),
    onClose: vi.fn(),
    ...overrides,
  };
  render(<AgreementEditForm {...props} />, root);
  return props;
}

/** Sets a control as a person would: its value, then the event Preact listens for. */
function enter(id: string, value: string) {
  const control = $<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(`#${id}`);
  control.value = value;
  control.dispatchEvent(new Event(control.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }));
}
const submit = () => $<HTMLFormElement>('#edit-form').dispatchEvent(new Event('submit', { cancelable: true }));
const kindNote = () => $('#edit-kind-note').textContent;
const button = () => $('#edit-form button[type=submit]').textContent;

describe('AgreementEditForm', () => {
  it('opens on the version in force with the memorandum’s fields under its own ids, the heading focused, and says nothing is changed yet', async () => {
    // Act
    show();
    await settle();

    // Assess
    expect(document.activeElement?.id).toBe('edit-heading');
    expect($('#edit-heading').textContent).toBe('Editing AGR-2024-0003');
    expect($<HTMLSelectElement>('#edit-kind').value).toBe('academic_mobility_agreement');
    expect($<HTMLInputElement>('#edit-scope-student_exchange').checked).toBe(true);
    expect(document.querySelector('#edit-c1-mobilitiesPerYear')).toBeNull();
    expect($<HTMLInputElement>('#m-c1-mobilitiesPerYear').value).toBe('5');
    expect($<HTMLInputElement>('#edit-end').value).toBe('2029-08-31');
    expect($<HTMLInputElement>('#edit-coord-email').value).toBe('iro@uni.example');
    expect($<HTMLSelectElement>('#edit-faculty').value).toBe('physics');
    expect($('#edit-conditions-heading').tagName).toBe('H4');
    expect(document.querySelector('[id^="m-"]:not([id^="m-c1-"])')).toBeNull();
    expect(texts('#edit-faculty option')).toEqual(['Faculty of Physics', 'Faculty of Law']);
    expect(kindNote()).toBe('Nothing is changed yet.');
    expect(button()).toBe('Save');
    expect(changedPaths(OSH.content, valuesOf(OSH.content, {}))).toEqual([]);
  });

  it('says a new coordinator address takes effect at once as version 2, and saves it with the note', async () => {
    // Prepare
    const props = show();

    // Act
    enter('edit-coord-email', 'nodira.alimova@uni.example');
    enter('edit-note', '  The coordinator has a new address. ');
    await settle();
    const said = kindNote();
    const named = button();
    submit();
    await vi.waitFor(() => expect(props.onDone).toHaveBeenCalled());

    // Assess
    expect(said).toContain('This change takes effect at once as version 2.');
    expect(said).toContain('Changed: Coordinator: email.');
    expect(named).toBe('Save as version 2');
    expect(props.send).toHaveBeenCalledWith({ content: { ...CONTENT, coordinator: { name: 'Nodira Alimova', email: 'nodira.alimova@uni.example' } }, note: 'The coordinator has a new address.' });
    const [done] = vi.mocked(props.onDone).mock.calls[0]!;
    expect(done.text()).toBe('Saved: version 2 is in force.');
    expect(done.tone).toBe('ok');
  });

  it('shows an agreement that names no pair as English with Russian, and saves a choice of Uzbek as a new version; back to Russian is no change', async () => {
    // Prepare: the Osh agreement was stored before the pair was chosen.
    expect('textLanguage' in CONTENT).toBe(false);
    const props = show();
    expect($<HTMLSelectElement>('#edit-text-language').value).toBe('ru');
    expect(texts('#edit-text-language option')).toEqual(['English with Russian', 'English with Uzbek']);
    expect($('label[for=edit-text-language]').textContent).toContain('The memorandum’s text');

    // Act
    enter('edit-text-language', 'uz');
    await settle();
    const said = kindNote();
    enter('edit-text-language', 'ru');
    await settle();
    const back = kindNote();
    enter('edit-text-language', 'uz');
    await settle();
    submit();
    await vi.waitFor(() => expect(props.onDone).toHaveBeenCalled());

    // Assess
    expect(said).toContain('This change takes effect at once as version 2.');
    expect(said).toContain('Changed: The memorandum’s text.');
    expect(back).toBe('Nothing is changed yet.');
    expect(props.send).toHaveBeenCalledWith({ content: { ...CONTENT, textLanguage: 'uz' } });
  });

  it('says a change of places is an amendment through the chain, and links to the amendment it sent', async () => {
    // Prepare
    const amendment = { ...OSH, id: 'agr-amend-1', reference: 'AGR-2026-0011', status: 'in_review' };
    const props = show({ send: vi.fn(() => Promise.resolve({ ok: true, status: 202, data: { applied: false, amendment } } as Answer)) });

    // Act
    enter('m-c1-mobilitiesPerYear', '7');
    await settle();
    const said = kindNote();
    const named = button();
    submit();
    await vi.waitFor(() => expect(props.onDone).toHaveBeenCalled());

    // Assess
    expect(said).toContain('This changes the cooperation conditions: it will go through approval as an amendment; version 1 stays in force until then.');
    expect(said).toContain('Changed: Condition 1: places a year.');
    expect($('#edit-kind-note').className).toBe('change-kind message warn');
    expect(named).toBe('Send the amendment for approval');
    const [done] = vi.mocked(props.onDone).mock.calls[0]!;
    expect(done.link).toEqual({ text: 'AGR-2026-0011', href: '/office/agreements?id=agr-amend-1' });
    expect(done.text().replace('\u0000', done.link!.text)).toBe('The amendment AGR-2026-0011 is sent for approval; version 1 stays in force until it is approved.');
  });

  it('warns, while an amendment is in approval, that a change of dates waits for it, and keeps the form as typed when the server says so', async () => {
    // Prepare
    const pending = { id: 'agr-amend-1', reference: 'AGR-2026-0011' };
    const props = show({ pending, send: vi.fn(() => refused(409, { error: 'amendment_pending', amendmentId: pending.id, reference: pending.reference })) });

    // Act
    enter('edit-end', '2030-08-31');
    await settle();
    const warned = kindNote();
    submit();
    await vi.waitFor(() => expect($('#edit-form-message a')).not.toBeNull());

    // Assess
    expect(warned).toContain('waits until the amendment AGR-2026-0011, still in approval, is decided');
    expect($('#edit-form-message').textContent).toContain('A change of the cooperation conditions or the dates waits until the amendment AGR-2026-0011');
    expect($<HTMLAnchorElement>('#edit-form-message a').getAttribute('href')).toBe('/office/agreements?id=agr-amend-1');
    expect($<HTMLInputElement>('#edit-end').value).toBe('2030-08-31');
    expect(props.onDone).not.toHaveBeenCalled();
  });

  it('says every problem at once, linked to the edit form’s own fields, and sends nothing', async () => {
    // Prepare
    const props = show();

    // Act
    enter('edit-coord-email', '');
    enter('edit-end', '2020-01-31');
    enter('m-c1-languages-0-code', 'zz');
    await settle();
    submit();
    await settle();

    // Assess
    expect(texts('.error-summary li')).toEqual([
      'Language 1 code (optional: en, ru…), condition 1: No language has this code; use an ISO 639-1 code such as en, ru, uz',
      'Email: Fill this in',
      'End date: The end date must be after the start date',
    ]);
    expect([...document.querySelectorAll('.error-summary a')].map((a) => a.getAttribute('href'))).toEqual(['#m-c1-languages-0-code', '#edit-coord-email', '#edit-end']);
    expect(document.activeElement?.className).toBe('error-summary');
    expect($('#edit-coord-email').getAttribute('aria-invalid')).toBe('true');
    expect($('#edit-coord-email-error').textContent).toBe('Fill this in');
    expect(document.querySelectorAll('#edit-form .field-error')).toHaveLength(3);
    expect(props.send).not.toHaveBeenCalled();
  });

  it('sends nothing when nothing differs from the version in force, and says so', async () => {
    // Prepare
    const props = show();

    // Act
    submit();
    await settle();

    // Assess
    expect($('#edit-form-message').textContent).toBe('Nothing is changed: the content is the same as the version in force.');
    expect(props.send).not.toHaveBeenCalled();
  });

  it('places the server’s field errors on the form’s fields and the note, with its own checks in its words', async () => {
    // Prepare
    const fields = [
      { path: 'content.summary', message: 'Too long' },
      { path: 'note', message: 'Too long' },
      { path: 'content', message: 'A different partner needs a new agreement' },
    ];
    show({ send: vi.fn(() => refused(400, { error: 'validation_failed', fields })) });

    // Act
    enter('edit-summary', 'Exchange in physics.');
    submit();
    await vi.waitFor(() => expect(document.querySelector('.error-summary')).not.toBeNull());

    // Assess
    expect($('.error-summary h3').textContent).toBe('Please check the form');
    expect(texts('.error-summary li')).toEqual(['A different partner needs a new agreement', 'Summary: Too long', 'Note for the history: Too long']);
    expect($('#edit-summary').getAttribute('aria-invalid')).toBe('true');
    expect($('#edit-note').getAttribute('aria-invalid')).toBe('true');
    expect($('#edit-form-message').textContent).toBe('Not submitted: see the messages above.');
  });

  it('after a change made meanwhile (409), has the page read again and says so; a session ended offers to sign in; a failure names its request', async () => {
    // Prepare
    const send = vi.fn().mockReturnValueOnce(refused(409, { error: 'agreement_changed' })).mockReturnValueOnce(refused(401, {})).mockReturnValueOnce(refused(500, { requestId: 'req-42' }));
    const props = show({ send });
    enter('edit-summary', 'Exchange in physics.');

    // Act
    submit();
    await vi.waitFor(() => expect(props.onDone).toHaveBeenCalled());
    submit();
    await vi.waitFor(() => expect($('#edit-form-message a')).not.toBeNull());
    const ended = { text: $('#edit-form-message').textContent, href: $('#edit-form-message a').getAttribute('href') };
    submit();
    await vi.waitFor(() => expect($('#edit-form-message').textContent).toContain('req-42'));

    // Assess
    const [done] = vi.mocked(props.onDone).mock.calls[0]!;
    expect(done).toMatchObject({ tone: 'warn' });
    expect(done.text()).toBe('This agreement changed meanwhile; it is shown as it is now.');
    expect(ended.text).toContain('Your session has ended');
    expect(ended.href).toBe('/signin');
    expect($('#edit-form-message').className).toBe('message error');
  });

  it('lists the faculties in the reader’s language after a switch, keeping what was typed', async () => {
    // Prepare
    show();
    enter('edit-summary', 'Exchange in physics.');

    // Act
    await chooseLanguage('ru');
    await settle();

    // Assess
    expect($<HTMLSelectElement>('#edit-faculty').selectedOptions[0]?.textContent).toBe('Физический факультет');
    expect($<HTMLTextAreaElement>('#edit-summary').value).toBe('Exchange in physics.');
    expect(button()).toBe('Сохранить как редакцию 2');
  });

  it('closes on Escape', async () => {
    // Prepare
    const props = show();

    // Act
    $('#edit-summary').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));

    // Assess
    expect(props.onClose).toHaveBeenCalledTimes(1);
  });
});

describe('AgreementEdit (the part of the agreement’s page)', () => {
  const model = (reload = vi.fn(() => Promise.resolve())) =>
    ({ partners: signal(new Map([['osh-state-university', { id: 'osh-state-university', name: 'Osh State University' }]])), reloadAgreement: reload }) as unknown as OfficeAgreements;
  const readOf = (agreement: Agreement, linked: AgreementRead['linked'] = {}) => ({ agreement, faculties, linked }) as unknown as AgreementRead;

  it('names the amendment in approval with its status, opens the form from "Edit agreement" and gives the focus back on Escape', async () => {
    // Prepare
    const read = readOf({ ...OSH, pendingAmendment: 'agr-amend-1' } as Agreement, { 'agr-amend-1': { reference: 'AGR-2026-0011', status: 'in_review' } });
    render(<AgreementEdit model={model()} read={read} />, root);
    await settle();

    // Act
    $<HTMLButtonElement>('#edit-open').click();
    await settle();
    const opened = { form: Boolean(document.querySelector('#edit-form')), expanded: $('#edit-open').getAttribute('aria-expanded'), focus: document.activeElement?.id, partner: document.querySelectorAll('#edit-form > p')[1]?.textContent };
    $('#edit-summary').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await settle();

    // Assess
    expect($('#edit-facts').hidden).toBe(false);
    expect($('#edit-facts').textContent).toBe('Amendment in approvalAGR-2026-0011 (In review)');
    expect($<HTMLAnchorElement>('#edit-facts a').getAttribute('href')).toBe('/office/agreements?id=agr-amend-1');
    expect(opened).toEqual({ form: true, expanded: 'true', focus: 'edit-heading', partner: 'Partner: Osh State University. A different partner needs a new agreement.' });
    expect(document.querySelector('#edit-form')).toBeNull();
    expect(document.activeElement?.id).toBe('edit-open');
  });

  it('offers no edit on an amendment, and names the agreement it amends', async () => {
    // Act
    const read = readOf({ ...OSH, id: 'agr-amend-1', reference: 'AGR-2026-0011', status: 'in_review', amends: OSH.id } as Agreement, { [OSH.id]: { reference: OSH.reference, status: 'active' } });
    render(<AgreementEdit model={model()} read={read} />, root);
    await settle();

    // Assess
    expect(document.querySelector('#edit-open')).toBeNull();
    expect($('#edit-facts').textContent).toContain(`Amends${OSH.reference} (Active)`);
  });
});
