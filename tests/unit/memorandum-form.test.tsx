// @vitest-environment happy-dom
/**
 * The memorandum form in Preact without a browser (happy-dom): what it offers, every problem at
 * once in a summary that takes the focus, a partner proposed instead of chosen (and the registered
 * one chosen when the API says it exists), the conditions' rows in the body and their errors on
 * their row, the draft kept on the device (the older form's shape read too) and discarded, the
 * server's field errors after, and the form of a memorandum sent back for changes.
 */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Faculty, Partner } from '../../web/src/api-types';
import { MemorandumForm, type MemorandumFormProps } from '../../web/src/components/memorandum-form';
import type { Sent } from '../../web/src/components/nomination-form';
import { chooseLanguage, startWords, type WordChunks } from '../../web/src/i18n/live';
import { blankMemorandum, bodyOf, placeOf, problemsOf, readDraft, saveDraft, valuesOf } from '../../web/src/memorandum-values';

const WORDS: WordChunks = {
  en: () => import('../../web/src/i18n/home-words?lang=en'),
  ru: () => import('../../web/src/i18n/home-words?lang=ru'),
  uz: () => import('../../web/src/i18n/home-words?lang=uz'),
};
const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const texts = (selector: string) => [...document.querySelectorAll<HTMLElement>(selector)].map((e) => e.textContent);
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const DRAFT = 'hamkor.draft.memorandum:faculty@uni.example';

const me = { email: 'faculty@uni.example', faculty: 'physics' };
const partners = [
  { id: 'wuhan-university', name: 'Wuhan University', names: { ru: 'Уханьский университет' }, country: 'CN' },
  { id: 'osh-state-university', name: 'Osh State University', names: { ru: 'Ошский государственный университет' }, country: 'KG' },
  { id: 'new-partner', name: 'Proposed University', country: 'KZ', proposed: true },
] as unknown as Partner[];
const faculties = [
  { id: 'physics', name: 'Physics', names: { ru: 'Физический' }, departments: [] },
  { id: 'chemistry', name: 'Chemistry', departments: [] },
] as unknown as Faculty[];
const created = (): Promise<Sent> => Promise.resolve({ ok: true, status: 201, data: { id: 'agr-1', reference: 'AGR-2026-0007' } });

let root: HTMLElement;
beforeEach(async () => {
  localStorage.clear();
  root = document.createElement('div');
  document.body.replaceChildren(root);
  await startWords(WORDS, 'en');
  await chooseLanguage('en');
});
afterEach(() => render(null, root));

function show(overrides: Partial<MemorandumFormProps> = {}) {
  const props: MemorandumFormProps = {
    me,
    partners,
    faculties,
    draftKey: DRAFT,
    send: vi.fn(created),
    onSubmitted: vi.fn(),
    attachments: { kinds: ['draft', 'annex', 'signed'], kindName: (k) => k, accept: '.pdf', check: async () => undefined },
    pathOf: (id) => `/agreements/${id}`,
    ...overrides,
  };
  render(<MemorandumForm {...props} />, root);
  return props;
}

/** Sets a control as a person would: its value, then the event Preact listens for. */
function enter(id: string, value: string) {
  const control = $<HTMLInputElement | HTMLSelectElement>(`#${id}`);
  control.value = value;
  control.dispatchEvent(new Event(control.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }));
}
function tick(id: string, checked = true) {
  const box = $<HTMLInputElement>(`#${id}`);
  box.checked = checked;
  box.dispatchEvent(new Event('change', { bubbles: true }));
}
const submit = () => $<HTMLFormElement>('#memorandum-form').dispatchEvent(new Event('submit', { cancelable: true }));

/** Everything but the partner. */
function fillIn() {
  enter('m-kind', 'academic_mobility_agreement');
  tick('m-scope-student_exchange');
  tick('m-scope-joint_research');
  enter('m-start', '2027-01-01');
  enter('m-end', '2031-12-31');
  enter('m-coord-name', 'Aziz Karimov');
  enter('m-coord-email', 'a.karimov@uni.example');
  enter('m-summary', 'Student exchange in physics.');
}

describe('MemorandumForm', () => {
  it('offers every registered partner, proposed ones too, in the reader’s alphabet, and the person’s own faculty', async () => {
    // Act
    show();
    await settle();

    // Assess
    expect(texts('#m-partner option')).toEqual(['Choose…', 'Osh State University (Kyrgyzstan)', 'Proposed University (Kazakhstan)', 'Wuhan University (China)']);
    expect($<HTMLSelectElement>('#m-faculty').value).toBe('physics');
    expect($<HTMLSelectElement>('#m-kind').value).toBe('memorandum_of_understanding');
    expect($('#m-proposal').hidden).toBe(true);
    expect($('#memorandum-form button[type=submit]').textContent).toBe('Propose memorandum');
    expect($('#memorandum-form').hasAttribute('data-ready')).toBe(true);
  });

  it('says every problem at once in a summary that takes the focus, and sends nothing', async () => {
    // Prepare
    const props = show();

    // Act
    submit();
    await settle();

    // Assess
    expect(texts('.error-summary li').map((line) => line!.split(':')[0])).toEqual(['Partner university', 'Scope', 'Start date', 'End date', 'Name', 'Email', 'Summary']);
    expect(document.activeElement?.className).toBe('error-summary');
    expect($('#m-partner').getAttribute('aria-invalid')).toBe('true');
    expect($('#m-scope-student_exchange').getAttribute('aria-describedby')).toBe('m-scope-error');
    expect(props.send).not.toHaveBeenCalled();
  });

  it('sends the memorandum with its conditions, an open end, then says where it is and empties the form', async () => {
    // Prepare
    const props = show();
    fillIn();
    enter('m-partner', 'osh-state-university');
    tick('m-open');
    $<HTMLButtonElement>('.add-condition').click();
    await settle();
    // Each drawn before the next, as between a person's keystrokes: a row's change is made on the rows last drawn.
    enter('m-c1-mobilitiesPerYear', '4');
    await settle();
    enter('m-c1-totalMonthsPerYear', '2,5');
    await settle();
    enter('m-c1-languages-0-code', 'EN');
    // The text's pair: Russian until another is chosen.
    expect($<HTMLSelectElement>('#m-text-language').value).toBe('ru');
    expect($('#m-text-language-hint').textContent).toContain('Russian or Uzbek');
    enter('m-text-language', 'uz');

    // Act
    submit();
    await vi.waitFor(() => expect($('#memorandum-form > .message a').textContent).toBe('AGR-2026-0007'));

    // Assess
    expect(props.send).toHaveBeenCalledWith({
      partnerId: 'osh-state-university',
      kind: 'academic_mobility_agreement',
      scope: ['student_exchange', 'joint_research'],
      cooperationConditions: [{ type: 'student_studies', sender: 'home', mobilitiesPerYear: 4, totalMonthsPerYear: 2.5, subjectAreas: [], eqfLevels: [], languages: [{ code: 'en', level: 'B2' }], academicYears: [] }],
      startDate: '2027-01-01',
      endDate: null,
      coordinator: { name: 'Aziz Karimov', email: 'a.karimov@uni.example' },
      initiatingFaculty: 'physics',
      summary: 'Student exchange in physics.',
      textLanguage: 'uz',
    });
    expect($('#memorandum-form > .message').textContent).toBe('Submitted as AGR-2026-0007.');
    expect($<HTMLAnchorElement>('#memorandum-form > .message a').getAttribute('href')).toBe('/agreements/agr-1');
    expect(props.onSubmitted).toHaveBeenCalledWith({ id: 'agr-1', reference: 'AGR-2026-0007' }, []);
    expect($<HTMLSelectElement>('#m-partner').value).toBe('');
    expect(document.querySelectorAll('.condition')).toHaveLength(0);
    expect($<HTMLInputElement>('#m-open').checked).toBe(false);
    expect($<HTMLSelectElement>('#m-text-language').value).toBe('ru');
  });

  it('puts a refused number of places on its own row’s field, in the summary as that row’s', async () => {
    // Prepare
    const props = show();
    fillIn();
    enter('m-partner', 'wuhan-university');
    $<HTMLButtonElement>('.add-condition').click();
    await settle();
    $<HTMLButtonElement>('.add-condition').click();
    await settle();
    enter('m-c1-mobilitiesPerYear', '2');
    await settle();
    enter('m-c2-mobilitiesPerYear', 'two');

    // Act
    submit();
    await settle();

    // Assess
    expect(texts('.error-summary li')).toEqual(['Places a year, condition 2: Enter a number']);
    expect($('#m-c2-mobilitiesPerYear').getAttribute('aria-invalid')).toBe('true');
    expect($('#m-c1-mobilitiesPerYear').hasAttribute('aria-invalid')).toBe(false);
    expect(props.send).not.toHaveBeenCalled();
  });

  it('proposes a partner not in the list, its country by its code, with the list set aside', async () => {
    // Prepare
    const props = show();
    fillIn();

    // Act
    tick('m-propose');
    await settle();
    enter('m-pp-name', 'Tajik Technical University');
    enter('m-pp-ru', 'Таджикский технический университет');
    enter('m-pp-country', 'Tajikistan');
    enter('m-pp-city', 'Dushanbe');
    enter('m-pp-website', 'https://ttu.tj');
    const whileProposing = { shown: !$('#m-proposal').hidden, partnerDisabled: $<HTMLSelectElement>('#m-partner').disabled, legend: $('#m-proposal legend').textContent };
    submit();
    await vi.waitFor(() => expect(props.send).toHaveBeenCalled());

    // Assess
    expect(whileProposing).toEqual({ shown: true, partnerDisabled: true, legend: 'The partner university you propose' });
    const body = vi.mocked(props.send).mock.calls[0]![0];
    expect(body.partnerId).toBeUndefined();
    expect(body.proposedPartner).toEqual({ name: 'Tajik Technical University', names: { ru: 'Таджикский технический университет' }, country: 'TJ', city: 'Dushanbe', website: 'https://ttu.tj', contacts: [] });
  });

  it('refuses a proposed partner’s website on its field, in the partner form’s words', async () => {
    // Prepare
    const props = show();
    fillIn();
    tick('m-propose');
    await settle();
    enter('m-pp-name', 'Khujand State University');
    enter('m-pp-country', 'TJ');
    enter('m-pp-city', 'Khujand');
    enter('m-pp-website', 'tgu dot tj');

    // Act
    submit();
    await settle();

    // Assess
    expect(texts('.error-summary li')).toEqual(['Website: Use a web address starting with https:// or http://']);
    expect($('#m-pp-website').getAttribute('aria-invalid')).toBe('true');
    expect(props.send).not.toHaveBeenCalled();
  });

  it('offers the registered university the API names instead of a proposal, keeping what was typed', async () => {
    // Prepare
    const exists: Sent = { ok: false, status: 409, data: { error: 'partner_exists', partnerId: 'osh-state-university', name: 'Osh State University' } };
    const props = show({ send: vi.fn(async () => exists) });
    fillIn();
    tick('m-propose');
    await settle();
    enter('m-pp-name', 'osh state university');
    enter('m-pp-country', 'KG');
    enter('m-pp-city', 'Osh');
    enter('m-pp-website', 'https://oshsu.kg');
    submit();
    await vi.waitFor(() => expect($('#memorandum-form > .message').textContent).toBe('Osh State University is already registered. Choose Osh State University from the list'));

    // Act
    [...document.querySelectorAll<HTMLButtonElement>('#memorandum-form > .message button')][0]!.click();
    await settle();

    // Assess
    expect($<HTMLSelectElement>('#m-partner').value).toBe('osh-state-university');
    expect($<HTMLInputElement>('#m-propose').checked).toBe(false);
    expect($('#m-proposal').hidden).toBe(true);
    expect(document.activeElement?.id).toBe('m-partner');
    expect($<HTMLTextAreaElement>('#m-summary').value).toBe('Student exchange in physics.');
    expect($('#memorandum-form > .message').textContent).toMatch(/^Osh State University is chosen as the partner/);
    expect(props.send).toHaveBeenCalledTimes(1);
  });

  it('names the registered universities a proposal looks like, and sends it anyway once told they are not the same', async () => {
    // Prepare
    const likely: Sent = { ok: false, status: 409, data: { error: 'likely_duplicate', candidates: [{ id: 'enu-gumilyov', name: 'L.N. Gumilyov Eurasian National University', country: 'KZ', why: 'same_words' }] } };
    const created: Sent = { ok: true, status: 201, data: { id: 'm-1', reference: 'AGR-2026-0009' } };
    const send = vi.fn<(body: Record<string, unknown>) => Promise<Sent>>().mockResolvedValueOnce(likely).mockResolvedValueOnce(created);
    show({ send });
    fillIn();
    tick('m-propose');
    await settle();
    enter('m-pp-name', 'Eurasian National University named after L.N. Gumilyov');
    enter('m-pp-country', 'KZ');
    enter('m-pp-city', 'Astana');
    enter('m-pp-website', 'https://enu.kz');
    submit();
    await vi.waitFor(() => expect($('#memorandum-form > .message').textContent).toMatch(/^This may be a university already registered: L\.N\. Gumilyov Eurasian National University\./));
    const buttons = texts('#memorandum-form > .message button');

    // Act
    [...document.querySelectorAll<HTMLButtonElement>('#memorandum-form > .message button')].at(-1)!.click();
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(2));
    await settle();

    // Assess
    expect(buttons).toEqual(['Choose L.N. Gumilyov Eurasian National University from the list', 'Not the same — propose anyway']);
    expect(send.mock.calls[0]![0].proposedPartner).not.toHaveProperty('confirmNotDuplicate');
    expect(send.mock.calls[1]![0].proposedPartner).toMatchObject({ name: 'Eurasian National University named after L.N. Gumilyov', confirmNotDuplicate: true });
    expect($('#memorandum-form > .message').textContent).toBe('Submitted as AGR-2026-0009.');
  });

  it('places the server’s field errors on their fields after a 400', async () => {
    // Prepare
    const refused: Sent = { ok: false, status: 400, data: { error: 'validation', fields: [{ path: 'partnerId', message: 'Unknown partner' }, { path: 'cooperationConditions', message: 'Too many' }] } };
    show({ send: vi.fn(async () => refused) });
    fillIn();
    enter('m-partner', 'wuhan-university');

    // Act
    submit();
    await vi.waitFor(() => expect($('#memorandum-form > .message').textContent).toBe('Not submitted: see the messages above.'));

    // Assess
    expect($('.error-summary h3').textContent).toBe('Please check the form');
    expect(texts('.error-summary li')).toEqual(['Partner university: Unknown partner', 'cooperationConditions: Too many']);
    expect($('#m-partner').getAttribute('aria-invalid')).toBe('true');
  });

  it('keeps a draft on the device, puts it back on the next visit, and forgets it when discarded', async () => {
    // Prepare
    show();
    fillIn();
    enter('m-partner', 'wuhan-university');
    tick('m-open');
    await vi.waitFor(() => expect(localStorage.getItem(DRAFT)).toContain('Student exchange in physics.'), { timeout: 2000 });
    const saved = JSON.parse(localStorage.getItem(DRAFT)!);
    render(null, root);

    // Act
    show();
    await settle();
    const restored = {
      note: !$('.draft-note').hidden,
      partner: $<HTMLSelectElement>('#m-partner').value,
      scope: [...document.querySelectorAll<HTMLInputElement>('input[name=scope]:checked')].map((b) => b.value),
      open: $<HTMLInputElement>('#m-open').checked,
      endDisabled: $<HTMLInputElement>('#m-end').disabled,
    };
    $<HTMLButtonElement>('.draft-note button').click();
    await settle();

    // Assess
    expect(saved.checked).toEqual(['scope=student_exchange', 'scope=joint_research', '#m-open']);
    expect(restored).toEqual({ note: true, partner: 'wuhan-university', scope: ['student_exchange', 'joint_research'], open: true, endDisabled: true });
    expect(localStorage.getItem(DRAFT)).toBeNull();
    expect($('.draft-note').hidden).toBe(true);
    expect($<HTMLTextAreaElement>('#m-summary').value).toBe('');
    expect(document.activeElement?.id).toBe('m-partner');
  });

  it('puts back a draft the older form saved, its conditions and a proposed partner included', async () => {
    // Prepare
    const older = {
      fields: { partnerId: '', kind: 'research_agreement', summary: 'Joint lab', 'proposedPartner.name': 'Samarkand Institute of Drafts', 'coordinator.email': 'x@uni.example' },
      checked: ['scope=joint_laboratories', '#m-propose'],
      conditions: [{ type: 'staff_teaching', sender: 'partner', mobilitiesPerYear: 2, subjectAreas: ['0533'], eqfLevels: [7], languages: [{ code: 'ru', level: 'B1' }], academicYears: [] }],
    };
    localStorage.setItem(DRAFT, JSON.stringify(older));

    // Act
    show();
    await settle();

    // Assess
    expect($<HTMLSelectElement>('#m-kind').value).toBe('research_agreement');
    expect($<HTMLInputElement>('#m-pp-name').value).toBe('Samarkand Institute of Drafts');
    expect($<HTMLInputElement>('#m-propose').checked).toBe(true);
    expect($<HTMLSelectElement>('#m-c1-sender').value).toBe('partner');
    expect($<HTMLInputElement>('#m-c1-languages-0-code').value).toBe('ru');
    expect($<HTMLInputElement>('#m-c1-eqf-7').checked).toBe(true);
    expect(readDraft(DRAFT, blankMemorandum(me))?.fields.initiatingFaculty).toBe('physics');
  });

  it('fills a memorandum sent back for changes, keeps its partner, keeps no draft and resubmits it', async () => {
    // Prepare
    const content = {
      partnerId: 'new-partner',
      kind: 'cooperation_agreement',
      scope: ['staff_exchange'],
      cooperationConditions: [{ type: 'staff_training', sender: 'home', mobilitiesPerYear: 1, subjectAreas: [], eqfLevels: [], languages: [], academicYears: [] }],
      startDate: '2027-02-01',
      endDate: null,
      coordinator: { name: 'Aziz Karimov', email: 'a.karimov@uni.example' },
      initiatingFaculty: 'chemistry',
      summary: 'Staff training.',
    };
    const props = show({ draftKey: undefined, resubmission: { content }, send: vi.fn(async (): Promise<Sent> => ({ ok: true, status: 200, data: { id: 'agr-9', reference: 'AGR-2026-0009' } })) });
    await settle();

    // Act
    enter('m-summary', 'Staff training, fixed.');
    submit();
    await vi.waitFor(() => expect(props.onSubmitted).toHaveBeenCalled());

    // Assess
    expect(document.querySelector('#m-propose')).toBeNull();
    expect($('#memorandum-form button[type=submit]').textContent).toBe('Resubmit memorandum');
    expect(props.send).toHaveBeenCalledWith({ ...content, summary: 'Staff training, fixed.' });
    expect(localStorage.getItem(DRAFT)).toBeNull();
  });

  it('words the form again after a language switch, keeping what was typed', async () => {
    // Prepare
    show();
    enter('m-summary', 'Kept');

    // Act
    await chooseLanguage('ru');
    await settle();

    // Assess
    expect($('label[for=m-summary] span').textContent).toBe('Краткое описание');
    expect($<HTMLTextAreaElement>('#m-summary').value).toBe('Kept');
    expect(bodyOf(blankMemorandum(me)).endDate).toBe('');
  });
});

describe('an agreement’s programmes, research areas, laboratories and blended conditions in the form’s values', () => {
  const stored = {
    partnerId: 'osh-state-university',
    kind: 'double_degree_agreement',
    scope: ['joint_programmes'],
    cooperationConditions: [{ type: 'student_studies', sender: 'home', mobilitiesPerYear: 2, subjectAreas: [], eqfLevels: [], languages: [], academicYears: [], blended: true }],
    startDate: '2027-01-01',
    endDate: '2031-12-31',
    coordinator: { name: 'Aziz Rakhimov', email: 'faculty@uni.example' },
    initiatingFaculty: 'physics',
    summary: 'Double degree in materials science.',
    degreeProgrammes: [{ name: 'Materials Science', field: '0533', eqfLevel: 7, degreeHome: 'Master of Physics', degreePartner: 'Master of Materials Science', placesPerYear: 5 }],
    researchAreas: ['0533', 'thin films'],
    jointLaboratories: ['Laboratory of thin films'],
  };

  it('are read from stored content and sent back as they were', () => {
    const values = valuesOf(stored, { faculty: 'physics' });

    expect(values.fields.researchAreas).toBe('0533; thin films');
    expect(bodyOf(values)).toEqual(stored);
    expect(problemsOf(values)).toEqual([]);
  });

  it('keep the pair a stored memorandum chose, and name none where it named none (printed with Russian)', () => {
    const chosen = valuesOf({ ...stored, textLanguage: 'uz' }, { faculty: 'physics' });
    const none = valuesOf(stored, { faculty: 'physics' });

    expect(bodyOf(chosen).textLanguage).toBe('uz');
    expect(none.fields.textLanguage).toBe('');
    expect('textLanguage' in bodyOf(none)).toBe(false);
    expect(bodyOf(blankMemorandum(me)).textLanguage).toBe('ru');
  });

  it('place a programme’s problem on its own control, and leave out lists left empty', () => {
    const values = valuesOf({ ...stored, degreeProgrammes: [{ ...stored.degreeProgrammes[0], field: '0599' }] }, { faculty: 'physics' });

    expect(problemsOf(values).map((p) => p.path)).toEqual(['degreeProgrammes.0.field']);
    expect(placeOf('degreeProgrammes.0.field')).toMatchObject({ id: 'm-p1-field' });
    const bare = bodyOf({ ...values, programmes: [], fields: { ...values.fields, researchAreas: ' ', jointLaboratories: '' } });
    expect(bare).not.toHaveProperty('degreeProgrammes');
    expect(bare).not.toHaveProperty('researchAreas');
    expect(bare).not.toHaveProperty('jointLaboratories');
  });

  it('keep the programmes in the draft on this device', () => {
    const values = valuesOf(stored, { faculty: 'physics' });
    const blank = blankMemorandum({ faculty: 'physics' });
    saveDraft('hamkor.draft.memorandum:test', values, blank);

    expect(bodyOf(readDraft('hamkor.draft.memorandum:test', blank)!)).toMatchObject({ degreeProgrammes: stored.degreeProgrammes, researchAreas: stored.researchAreas });
  });
});
