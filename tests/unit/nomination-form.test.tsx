// @vitest-environment happy-dom
/**
 * The home page's nomination form in Preact without a browser (happy-dom): the partners it offers,
 * the agreements with their places and the way forward when none covers the mobility, every
 * problem at once in a summary that takes the focus, the server's field errors after, the
 * answers that are not a success, the draft kept on the device and forgotten on submitting, and
 * the words again after a language switch with what was typed kept.
 */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Agreement, Faculty, Partner, PlacesRow } from '../../web/src/api-types';
import { NominationForm, type NominationFormProps, type Sent } from '../../web/src/components/nomination-form';
import { chooseLanguage, startWords, type WordChunks } from '../../web/src/i18n/live';
import { bodyOf, blankNomination, readDraft, valuesOf } from '../../web/src/nomination-values';

const WORDS: WordChunks = {
  en: () => import('../../web/src/i18n/home-words?lang=en'),
  ru: () => import('../../web/src/i18n/home-words?lang=ru'),
  uz: () => import('../../web/src/i18n/home-words?lang=uz'),
};
const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const texts = (selector: string) => [...document.querySelectorAll<HTMLElement>(selector)].map((e) => e.textContent);
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const DRAFT = 'hamkor.draft.nomination:faculty@uni.example';

const me = { email: 'faculty@uni.example', faculty: 'physics', department: 'general-physics' };
const partners = [
  { id: 'wuhan-university', name: 'Wuhan University', names: { ru: 'Уханьский университет' }, country: 'CN' },
  { id: 'osh-state-university', name: 'Osh State University', names: { ru: 'Ошский государственный университет' }, country: 'KG' },
  { id: 'new-partner', name: 'Proposed University', country: 'KZ', proposed: true },
] as unknown as Partner[];
const faculties = [{ id: 'physics', name: 'Physics', names: { ru: 'Физический' }, departments: [{ id: 'general-physics', name: 'General physics' }] }] as unknown as Faculty[];
const condition = (sender: string, type: string) => ({ sender, type, mobilitiesPerYear: 2, subjectAreas: [], eqfLevels: [], languages: [], academicYears: [] });
const agreements = [
  { id: 'agr-osh', reference: 'AGR-2026-0001', status: 'active', content: { kind: 'academic_mobility_agreement', partnerId: 'osh-state-university', cooperationConditions: [condition('home', 'student_studies'), condition('partner', 'student_studies')] } },
  { id: 'agr-wuhan', reference: 'AGR-2026-0002', status: 'active', content: { kind: 'memorandum_of_understanding', partnerId: 'wuhan-university', cooperationConditions: [condition('partner', 'staff_teaching')] } },
] as unknown as Agreement[];
const placesRow = (left: number) => [{ academicYear: '2027/2028', sender: 'home', type: 'student_studies', left }] as unknown as PlacesRow[];

let root: HTMLElement;
beforeEach(async () => {
  localStorage.clear();
  root = document.createElement('div');
  document.body.replaceChildren(root);
  await startWords(WORDS, 'en');
  await chooseLanguage('en');
});
afterEach(() => render(null, root));

/** An incoming nominee's home institution and invitation data, all valid. */
function fillInIncoming() {
  enter('n-home-contact-name', 'Aigerim Nurlanovna');
  enter('n-home-contact-email', 'international@enu.kz.example');
  enter('n-home-contact-phone', '+7 7172 70 95 00');
  enter('n-home-coordinator-name', 'Yerlan Bekov');
  enter('n-home-coordinator-email', 'e.bekov@enu.kz.example');
  enter('n-nationality', 'kz');
  enter('n-birth', '2004-05-17');
  enter('n-passport', 'N12345678');
  enter('n-passport-expiry', '2031-03-01');
}

function show(overrides: Partial<NominationFormProps> = {}) {
  const props: NominationFormProps = {
    me,
    partners,
    faculties,
    agreements,
    draftKey: DRAFT,
    readPlaces: vi.fn(async () => placesRow(1)),
    send: vi.fn(async (): Promise<Sent> => ({ ok: true, status: 201, data: { id: 'n-1', reference: 'NOM-2026-0001' } })),
    onSubmitted: vi.fn(),
    attachments: { kinds: ['transcript', 'cv'], kindName: (k) => k, accept: '.pdf', check: async () => undefined },
    pathOf: (id) => `/nominations/${id}`,
    ...overrides,
  };
  render(<NominationForm {...props} />, root);
  return props;
}

/** Sets a control as a person would: its value, then the event Preact listens for. */
function enter(id: string, value: string) {
  const control = $<HTMLInputElement | HTMLSelectElement>(`#${id}`);
  control.value = value;
  control.dispatchEvent(new Event(control.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }));
}

function fillIn() {
  enter('n-name', 'Dilnoza Yusupova');
  enter('n-email', 'dilnoza@student.uni.example');
  enter('n-partner', 'osh-state-university');
  enter('n-year', '2027/2028');
  enter('n-lang', 'RU');
  enter('n-motivation', 'A semester of condensed-matter physics.');
}

describe('NominationForm', () => {
  it('offers only the partners the office has checked, in the reader’s alphabet, and the person’s own faculty', async () => {
    // Act
    show();
    await settle();

    // Assess
    expect(texts('#n-partner option')).toEqual(['Choose…', 'Osh State University (Kyrgyzstan)', 'Wuhan University (China)']);
    expect($<HTMLSelectElement>('#n-faculty').value).toBe('physics');
    expect($<HTMLSelectElement>('#n-department').value).toBe('general-physics');
    expect($('#nomination-form').hasAttribute('data-ready')).toBe(true);
  });

  it('offers the agreement covering the mobility with its places in the year, chosen when it is the only one', async () => {
    // Prepare
    const props = show();

    // Act
    enter('n-partner', 'osh-state-university');
    enter('n-year', '2027/2028');
    await vi.waitFor(() => expect($('#n-agreement-note').hidden).toBe(false));

    // Assess
    expect(props.readPlaces).toHaveBeenCalledWith('agr-osh');
    expect(texts('#n-agreement option')).toEqual(['Choose…', 'AGR-2026-0001 — Academic mobility agreement · 1 place left in 2027/2028']);
    expect($<HTMLSelectElement>('#n-agreement').value).toBe('agr-osh');
    expect($('#n-agreement-note').textContent).toBe('1 place left in 2027/2028');
  });

  it('warns when the chosen agreement has no places left, without refusing it', async () => {
    // Prepare
    show({ readPlaces: async () => placesRow(0) });

    // Act
    enter('n-partner', 'osh-state-university');
    enter('n-year', '2027/2028');
    await vi.waitFor(() => expect($('#n-agreement-note').className).toBe('agreement-note warn'));

    // Assess
    const note = $('#n-agreement-note');
    expect(note.textContent).toContain('AGR-2026-0001');
  });

  it('says what each agreement covers and the ways forward when none covers the mobility', async () => {
    // Prepare
    show();

    // Act: Wuhan's agreement covers only staff teaching sent to us.
    enter('n-partner', 'wuhan-university');
    await settle();

    // Assess
    expect(texts('#n-agreement option')).toEqual(['No active agreement with this partner covers this direction and mobility type']);
    expect($('#n-agreement-note').hidden).toBe(false);
    expect($('#n-agreement-note').textContent).toContain('AGR-2026-0002');
  });

  it('shows every problem at once in a summary that takes the focus, each next to its field', async () => {
    // Prepare
    const props = show();

    // Act
    $<HTMLButtonElement>('button[type=submit]').click();
    await settle();

    // Assess
    expect(props.send).not.toHaveBeenCalled();
    const summary = $('.error-summary');
    expect(summary.querySelector('h3')!.textContent).toBe('Some fields need your attention');
    expect(texts('.error-summary li')).toContain('Full name: Fill this in');
    expect(texts('.error-summary li')).toContain('Partner university: Choose one');
    expect(document.activeElement).toBe(summary);
    expect($('#n-name').getAttribute('aria-invalid')).toBe('true');
    expect($(`#${$('#n-name').getAttribute('aria-describedby')}`).textContent).toBe('Fill this in');
  });

  it('sends the body the API takes, says where the nomination is and forgets the draft', async () => {
    // Prepare
    const props = show();
    fillIn();
    await settle();
    await settle();
    await new Promise((resolve) => setTimeout(resolve, 450));
    expect(readDraft(DRAFT)?.['nominee.name']).toBe('Dilnoza Yusupova');

    // Act
    $<HTMLButtonElement>('button[type=submit]').click();
    await settle();
    await settle();

    // Assess
    expect(props.send).toHaveBeenCalledWith({
      ...bodyOf(blankNomination(me)),
      nominee: { name: 'Dilnoza Yusupova', email: 'dilnoza@student.uni.example', role: 'student', studyLevel: 'bachelor', faculty: 'physics', department: 'general-physics' },
      partnerId: 'osh-state-university',
      agreementId: 'agr-osh',
      academicYear: '2027/2028',
      language: { code: 'ru', level: 'B2' },
      motivation: 'A semester of condensed-matter physics.',
    });
    expect($('#nomination-form > .message').textContent).toBe('Submitted as NOM-2026-0001.');
    expect($('#nomination-form > .message a').getAttribute('href')).toBe('/nominations/n-1');
    expect(props.onSubmitted).toHaveBeenCalledWith({ id: 'n-1', reference: 'NOM-2026-0001' }, []);
    expect(localStorage.getItem(DRAFT)).toBeNull();
    expect($<HTMLInputElement>('#n-name').value).toBe('');
  });

  it('asks a blended mobility for its physical part and staff teaching for hours and a subject, and sends them', async () => {
    // Prepare
    const props = show();
    fillIn();
    // Wuhan's agreement covers the staff it sends to teach here.
    enter('n-direction', 'incoming');
    enter('n-partner', 'wuhan-university');
    enter('n-role', 'academic_staff');
    enter('n-level', 'none');
    enter('n-type', 'teaching');
    enter('n-period', 'short_term');
    await settle();
    fillInIncoming();
    const before = { physical: $('#n-physical-start') !== null, hours: $('#n-hours') !== null };

    // Act
    enter('n-format', 'blended');
    await settle();
    enter('n-start', '2027-10-01');
    enter('n-end', '2027-10-20');
    enter('n-physical-start', '2027-10-13');
    enter('n-physical-end', '2027-10-17');
    enter('n-hours', '8');
    enter('n-subject', 'Semiconductor physics');
    await settle();
    $<HTMLButtonElement>('button[type=submit]').click();
    await settle();
    await settle();

    // Assess
    expect(texts('.error-summary li')).toEqual([]);
    expect(before).toEqual({ physical: false, hours: true });
    expect(texts('#n-format option')).toEqual(['Physical', 'Virtual', 'Blended']);
    expect(props.send).toHaveBeenCalledWith(
      expect.objectContaining({ format: 'blended', plannedStartDate: '2027-10-01', plannedEndDate: '2027-10-20', physicalStartDate: '2027-10-13', physicalEndDate: '2027-10-17', staffHours: 8, subject: 'Semiconductor physics' }),
    );
  });

  it('asks an incoming student for the home institution and the invitation letter, and sends the letter’s data apart', async () => {
    // Prepare
    const sendInvitation = vi.fn(async () => ({ ok: true, status: 200, warnings: [{ path: 'passportExpiry', message: 'expires before the end' }] }));
    const props = show({ sendInvitation });
    fillIn();
    const outgoing = { home: $('#n-incoming') !== null, letter: $('#n-invitation') !== null, note: $('#n-host-note') !== null, motivation: $('#n-motivation') !== null };

    // Act: incoming, the letter's data with a passport number that is too short
    enter('n-direction', 'incoming');
    await settle();
    fillInIncoming();
    const hostNote = $('#n-host-note').textContent;
    const asksMotivation = $('#n-motivation') !== null;
    enter('n-passport', 'N1');
    $<HTMLButtonElement>('button[type=submit]').click();
    await settle();
    const refused = texts('.error-summary li');
    enter('n-passport', 'n 1234 5678');
    $<HTMLButtonElement>('button[type=submit]').click();
    await settle();
    await settle();

    // Assess
    expect(outgoing).toEqual({ home: false, letter: false, note: false, motivation: true });
    expect(hostNote).toContain('our faculty and department that host them');
    // The sending university chose the student: no motivation asked, none sent (the one typed while outgoing stays behind).
    expect(asksMotivation).toBe(false);
    expect(refused).toEqual([expect.stringContaining('Passport number')]);
    const body = (props.send as ReturnType<typeof vi.fn>).mock.calls[0]![0] as Record<string, unknown>;
    expect(body).not.toHaveProperty('motivation');
    expect(body.incoming).toEqual({ homeContact: { name: 'Aigerim Nurlanovna', email: 'international@enu.kz.example', phone: '+7 7172 70 95 00' }, coordinator: { name: 'Yerlan Bekov', email: 'e.bekov@enu.kz.example' } });
    expect(JSON.stringify(body)).not.toContain('1234');
    expect(sendInvitation).toHaveBeenCalledWith('n-1', { nationality: 'kz', dateOfBirth: '2004-05-17', passportNumber: 'n 1234 5678', passportExpiry: '2031-03-01' });
    expect($('form').textContent).toContain('passport expires before');
    // The person's data is never kept in the draft on the device.
    expect(localStorage.getItem(DRAFT) ?? '').not.toContain('1234');
  });

  it('asks an incoming student what housing they need: a dormitory request with its note is sent, none while unstated', async () => {
    // Prepare
    const props = show({ sendInvitation: vi.fn(async () => ({ ok: true, status: 200, warnings: [] })) });
    fillIn();
    const outgoing = $('#n-accommodation') !== null;
    enter('n-direction', 'incoming');
    await settle();
    fillInIncoming();
    const noteWhileUnstated = $('#n-accommodation-note') !== null;
    const options = [...document.querySelectorAll<HTMLOptionElement>('#n-accommodation option')].map((o) => o.textContent);

    // Act: a place in the dormitory asked for, with a note
    enter('n-accommodation', 'dormitory');
    await settle();
    enter('n-accommodation-note', ' From 28 August ');
    $<HTMLButtonElement>('button[type=submit]').click();
    await settle();
    await settle();

    // Assess
    expect(outgoing).toBe(false);
    expect(noteWhileUnstated).toBe(false);
    expect(options).toEqual(['Not stated yet', 'A place in our dormitory', 'Finds their own']);
    const body = (props.send as ReturnType<typeof vi.fn>).mock.calls[0]![0] as Record<string, unknown>;
    expect(body.accommodation).toEqual({ request: 'dormitory', note: 'From 28 August' });
  });

  it('refuses dates outside the period on their field before sending, and sends no dates left empty', async () => {
    // Prepare
    const props = show();
    fillIn();
    enter('n-start', '2028-03-01');
    enter('n-end', '2028-06-30');
    await settle();

    // Act
    $<HTMLButtonElement>('button[type=submit]').click();
    await settle();
    const refused = $('#n-start').getAttribute('aria-invalid');
    const message = $(`#${$('#n-start').getAttribute('aria-describedby')!.split(' ').find((id) => id.endsWith('error'))}`).textContent;
    enter('n-start', '');
    enter('n-end', '');
    await settle();
    $<HTMLButtonElement>('button[type=submit]').click();
    await settle();
    await settle();

    // Assess
    expect(refused).toBe('true');
    expect(message).toBe('Must be between 2027-08-01 and 2027-12-31 for this period');
    expect(props.send).toHaveBeenCalledTimes(1);
    const body = (props.send as ReturnType<typeof vi.fn>).mock.calls[0]![0] as Record<string, unknown>;
    expect(body).not.toHaveProperty('plannedStartDate');
    expect(body).not.toHaveProperty('staffHours');
    expect(body.format).toBe('physical');
  });

  it('offers a company partner only what it hosts: no study, and says why', async () => {
    const withCompany = [...partners, { id: 'uzbekneftegaz', name: 'Uzbekneftegaz', country: 'UZ', type: 'company' }] as unknown as Partner[];
    show({ partners: withCompany });
    const options = () => [...$<HTMLSelectElement>('#n-type').options].map((o) => o.value);
    expect(options()).toContain('semester_study');

    enter('n-partner', 'uzbekneftegaz');
    await settle();

    // The study type chosen before is not chosen for a company: the person picks what it hosts.
    expect(options()).toEqual(['', 'teaching', 'training', 'research']);
    expect($<HTMLSelectElement>('#n-type').value).toBe('');
    expect($('#n-type-hint').textContent).toBe('A company partner takes trainees, not students on a study mobility');
    enter('n-type', 'training');
    await settle();
    expect(options()).toEqual(['teaching', 'training', 'research']);

    enter('n-partner', 'osh-state-university');
    await settle();
    expect(options()).toContain('semester_study');
  });

  it('puts the server’s field errors on their fields, under “Please check the form”', async () => {
    // Prepare
    show({ send: async () => ({ ok: false, status: 400, data: { fields: [{ path: 'agreementId', message: 'The agreement is with another partner' }] } }) as Sent });
    fillIn();
    await settle();
    await settle();

    // Act
    $<HTMLButtonElement>('button[type=submit]').click();
    await settle();
    await settle();

    // Assess
    expect($('.error-summary h3').textContent).toBe('Please check the form');
    expect($('#n-agreement').getAttribute('aria-invalid')).toBe('true');
    expect($('#nomination-form > .message').textContent).toBe('Not submitted: see the messages above.');
  });

  it('says a refusal in words with its request id, and that the server could not be reached', async () => {
    // Prepare
    let answer: () => Promise<Sent> = async () => ({ ok: false, status: 500, data: { requestId: 'req-1' } }) as Sent;
    show({ send: () => answer() });
    fillIn();
    await settle();

    // Act
    $<HTMLButtonElement>('button[type=submit]').click();
    await settle();
    await settle();
    const refused = $('#nomination-form > .message').textContent;
    answer = () => Promise.reject(new TypeError('offline'));
    $<HTMLButtonElement>('button[type=submit]').click();
    await settle();
    await settle();

    // Assess
    expect(refused).toMatch(/^Not submitted \(500\)\..*req-1/);
    expect($('#nomination-form > .message').className).toBe('message error');
    expect($('#nomination-form > .message').textContent).not.toBe(refused);
  });

  it('restores a draft kept on the device, and discarding it empties the form', async () => {
    // Prepare
    localStorage.setItem(DRAFT, JSON.stringify({ fields: { 'nominee.name': 'Saved Name', partnerId: 'osh-state-university' }, checked: [], conditions: [] }));

    // Act
    show();
    await settle();
    const restored = { name: $<HTMLInputElement>('#n-name').value, partner: $<HTMLSelectElement>('#n-partner').value, note: $('.draft-note').hidden };
    $<HTMLButtonElement>('.draft-note button').click();
    await settle();

    // Assess
    expect(restored).toEqual({ name: 'Saved Name', partner: 'osh-state-university', note: false });
    expect({ name: $<HTMLInputElement>('#n-name').value, note: $('.draft-note').hidden, kept: localStorage.getItem(DRAFT), focused: document.activeElement?.id }).toEqual({ name: '', note: true, kept: null, focused: 'n-name' });
  });

  it('is worded again after a language switch, keeping what was typed', async () => {
    // Prepare
    show();
    enter('n-name', 'Dilnoza Yusupova');

    // Act
    await chooseLanguage('ru');
    await settle();

    // Assess
    expect($('label[for=n-name]').textContent).toBe('Фамилия и имя');
    expect(texts('#n-partner option').slice(1)).toEqual(['Ошский государственный университет (Кыргызстан)', 'Уханьский университет (Китай)']);
    expect($<HTMLInputElement>('#n-name').value).toBe('Dilnoza Yusupova');
  });

  it('fills a nomination sent back with its content, keeps no draft, and leaves what follows a resubmission to the page', async () => {
    // Prepare
    const content = valuesOf({ nominee: { name: 'Dilnoza Yusupova', email: 'dilnoza@student.uni.example', faculty: 'physics', department: 'general-physics' }, partnerId: 'osh-state-university', academicYear: '2027/2028', language: { code: 'ru', level: 'C1' }, motivation: 'Again.' });
    const props = show({ draftKey: undefined, resubmission: { content } });

    // Act
    enter('n-motivation', 'Again, with the transcript.');
    $<HTMLButtonElement>('button[type=submit]').click();
    await settle();
    await settle();

    // Assess
    expect($('button[type=submit]').textContent).toBe('Resubmit nomination');
    expect(props.onSubmitted).toHaveBeenCalledWith({ id: 'n-1', reference: 'NOM-2026-0001' }, []);
    expect(props.send).toHaveBeenCalledWith(expect.objectContaining({ agreementId: 'agr-osh', language: { code: 'ru', level: 'C1' }, motivation: 'Again, with the transcript.' }));
    expect($<HTMLInputElement>('#n-name').value).toBe('Dilnoza Yusupova');
    expect(Object.keys(localStorage).filter((k) => k.startsWith('hamkor.draft.'))).toEqual([]);
  });

  it('resubmits an incoming nomination with its invitation data kept when left empty (its submitter cannot read it back), or replaced when filled in', async () => {
    // Prepare: an incoming nomination sent back; the letter's data was sent with it and is not in its content.
    const content = valuesOf({
      nominee: { name: 'Aruzhan Serikova', email: 'aruzhan@enu.kz.example', faculty: 'physics', department: 'general-physics' },
      partnerId: 'osh-state-university',
      academicYear: '2027/2028',
      language: { code: 'ru', level: 'C1' },
      direction: 'incoming',
      incoming: { homeContact: { name: 'Aigerim Nurlanovna', email: 'international@enu.kz.example' }, coordinator: { name: 'Yerlan Bekov', email: 'e.bekov@enu.kz.example' } },
    });
    const sendInvitation = vi.fn(async () => ({ ok: true, status: 200, warnings: [] }));
    const props = show({ draftKey: undefined, resubmission: { content }, sendInvitation });

    // Act: resubmitted with the letter's fields empty, then again with all four filled in
    enter('n-accommodation', 'dormitory');
    await settle();
    const kept = $('#n-invitation-kept').textContent;
    $<HTMLButtonElement>('button[type=submit]').click();
    await settle();
    await settle();
    const keptCalls = sendInvitation.mock.calls.length;
    enter('n-nationality', 'kz');
    enter('n-birth', '2004-05-17');
    enter('n-passport', 'N87654321');
    enter('n-passport-expiry', '2031-03-01');
    $<HTMLButtonElement>('button[type=submit]').click();
    await settle();
    await settle();

    // Assess
    expect(kept).toContain('leave these empty to keep them');
    expect(keptCalls).toBe(0);
    expect(props.send).toHaveBeenCalledTimes(2);
    expect((props.send as ReturnType<typeof vi.fn>).mock.calls[0]![0]).toMatchObject({ direction: 'incoming', accommodation: { request: 'dormitory' } });
    expect(sendInvitation).toHaveBeenCalledWith('n-1', { nationality: 'kz', dateOfBirth: '2004-05-17', passportNumber: 'N87654321', passportExpiry: '2031-03-01' });
  });
});
