// @vitest-environment happy-dom
/**
 * The office's nominations list without a browser (happy-dom), the API answered by a stub: the
 * list as the server filtered it by the address's filters, said in words; a choice on the page
 * asking the server again and changing the address; and each of the office's steps (the partner's
 * answer, the completion with its certificate, the places' override) saved, refused with its
 * errors on their fields (400), or finding the nomination moved on (409).
 */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AttachedDocument, Nomination } from '../../web/src/api-types';
import { startWords, type WordChunks } from '../../web/src/i18n/live';
import { officeNominations, OfficeNominationsPage } from '../../web/src/pages/office-nominations-page';

const WORDS: WordChunks = {
  en: () => import('../../web/src/i18n/nominations-words?lang=en'),
  ru: () => import('../../web/src/i18n/nominations-words?lang=ru'),
  uz: () => import('../../web/src/i18n/nominations-words?lang=uz'),
};
const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector);
const $$ = (selector: string) => [...document.querySelectorAll<HTMLElement>(selector)];
const rows = () => $$('#registry-body tr').map((tr) => [...tr.children].map((c) => c.textContent));

let root: HTMLElement;
beforeEach(async () => {
  localStorage.clear();
  history.replaceState(null, '', '/office/nominations');
  root = document.createElement('div');
  document.body.replaceChildren(root);
  await startWords(WORDS, 'en');
});
afterEach(() => {
  render(null, root);
  vi.unstubAllGlobals();
});

type Reply = [number, unknown];
type Asked = { method: string; url: string; body?: unknown };

/** The API answered by `answers` per "METHOD path" (without the query), a function for answers that change; each request recorded. */
function stubApi(answers: Record<string, Reply | ((asked: Asked) => Reply)>): Asked[] {
  const asked: Asked[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      const method = init?.method ?? 'GET';
      const request: Asked = { method, url, ...(typeof init?.body === 'string' ? { body: JSON.parse(init.body) as unknown } : {}) };
      asked.push(request);
      const answer = answers[`${method} ${url.split('?')[0]}`];
      const [status, body] = typeof answer === 'function' ? answer(request) : (answer ?? [404, { error: 'not_found' }]);
      return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    }),
  );
  return asked;
}

const office = { email: 'office@uni.example', name: 'Office', language: 'en', roles: [{ role: 'international_office', scope: { type: 'university' } }] };
const osh = { id: 'osh-state-university', name: 'Osh State University', names: { ru: 'Ошский государственный университет' }, country: 'KG', version: 1, createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z' };
const AT = '2026-11-20T09:30:00.000Z';
const faculty = { email: 'faculty@uni.example', name: 'Aziza Karimova' };

function nomination(id: string, reference: string, overrides: Partial<Nomination> = {}): Nomination {
  return {
    id,
    reference,
    version: 1,
    kind: 'nomination',
    status: 'approved',
    submitter: faculty,
    createdAt: AT,
    updatedAt: AT,
    content: { partnerId: 'osh-state-university', nominee: { name: `Nominee of ${reference}` }, direction: 'outgoing', academicYear: '2026/2027' } as Nomination['content'],
    ...overrides,
  } as Nomination;
}

const approved = nomination('n-1', 'NOM-2026-0001');
const accepted = nomination('n-2', 'NOM-2026-0002', { status: 'accepted_by_partner' });
const lastStep = nomination('n-3', 'NOM-2026-0003', {
  status: 'in_review',
  review: { round: 1, stepIndex: 0, reminders: 0, steps: [{ id: 'rector', role: 'vice_rector', policy: 'any', approvers: [] }] } as unknown as Nomination['review'],
});
const attached = (id: string, kind: string, fileName: string): AttachedDocument => ({
  id,
  entity: { kind: 'nomination', id: accepted.id },
  kind,
  fileName,
  contentType: 'application/pdf',
  size: 10,
  status: 'uploaded',
  uploadedBy: office,
  createdAt: AT,
});

const listed = (nominations: Nomination[], truncated = false, total: number | null = nominations.length) => ({ nominations, truncated, total });

function answers(overrides: Record<string, Reply | ((asked: Asked) => Reply)> = {}) {
  return {
    'GET /api/me': [200, office] as Reply,
    'GET /api/partners': [200, [osh]] as Reply,
    'GET /api/nominations/registry': [200, listed([approved, accepted, lastStep])] as Reply,
    'GET /api/nominations/n-3': [200, { ...lastStep, history: [], places: { academicYear: '2026/2027', planned: 1, used: 1, left: 0 } }] as Reply,
    'GET /api/nominations/n-2/documents': [200, [attached('d-1', 'transcript', 'Transcript.pdf'), attached('d-2', 'certificate', 'Certificate.pdf')]] as Reply,
    ...overrides,
  };
}

async function shown(): Promise<void> {
  render(<OfficeNominationsPage model={officeNominations(location.search)} />, root);
  await vi.waitFor(() => expect($('#registry-body')).not.toBeNull());
}

const click = (button: HTMLElement | null) => button!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
const button = (name: string) => $$('button').find((b) => b.textContent === name) ?? null;
const type = (selector: string, value: string) => {
  const control = $<HTMLInputElement | HTMLTextAreaElement>(selector)!;
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
};
const submit = (form: string) => $(`#${form}`)!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));

describe('the nominations list', () => {
  it('shows each nomination with its partner, status and the steps it allows', async () => {
    stubApi(answers());

    await shown();

    expect($('h1')!.textContent).toBe('Nominations');
    expect($('nav.office-nav a[aria-current=page]')!.textContent).toBe('Nominations');
    expect(rows().map((r) => r.slice(0, 5))).toEqual([
      ['NOM-2026-0003', 'Nominee of NOM-2026-0003', 'Outgoing (our person goes to the partner)', 'Osh State University', '2026/2027'],
      ['NOM-2026-0002', 'Nominee of NOM-2026-0002', 'Outgoing (our person goes to the partner)', 'Osh State University', '2026/2027'],
      ['NOM-2026-0001', 'Nominee of NOM-2026-0001', 'Outgoing (our person goes to the partner)', 'Osh State University', '2026/2027'],
    ]);
    expect(rows()[0]![5]).toBe('In reviewNo place left (2026/2027)');
    expect($$('#registry-body button').map((b) => b.textContent)).toEqual([
      'Approve NOM-2026-0003 beyond the places',
      'Record completion of NOM-2026-0002',
      'Record the partner’s answer for NOM-2026-0001',
    ]);
    expect($<HTMLAnchorElement>('#registry-body a')!.getAttribute('href')).toBe('/nominations/n-3');
    expect($('#count')!.textContent).toBe('Nominations shown: 3 of 3');
    expect($('#active-filters')).toBeNull();
  });

  it('asks the server for the address’s filters and says them in words, with the way back to every nomination', async () => {
    history.replaceState(null, '', '/office/nominations?academicYear=2026/2027&direction=outgoing&country=KG&status=approved,completed&bogus=1');
    const asked = stubApi(answers({ 'GET /api/nominations/registry': [200, listed([approved])] }));

    await shown();

    const read = asked.find((a) => a.url.startsWith('/api/nominations/registry?'))!;
    expect(new URLSearchParams(read.url.split('?')[1]).toString()).toBe('academicYear=2026%2F2027&direction=outgoing&country=KG&status=approved%2Ccompleted');
    expect($('#active-filters span')!.textContent).toBe('Showing the nominations with Academic year: 2026/2027; Direction: Outgoing (our person goes to the partner); Partner’s country: Kyrgyzstan; Status: Approved and Completed.');
    expect($('#active-filters a')!.getAttribute('href')).toBe('/office/nominations');
    // Two statuses at once show as none chosen.
    expect($<HTMLSelectElement>('#status')!.value).toBe('');
    expect($<HTMLSelectElement>('#year')!.value).toBe('2026/2027');
    // The download has every nomination the same filters name.
    expect($<HTMLAnchorElement>('#download-csv')!.getAttribute('href')).toBe(
      '/api/exports/nominations?academicYear=2026%2F2027&direction=outgoing&country=KG&status=approved%2Ccompleted&format=csv',
    );
    expect($<HTMLAnchorElement>('#download-xlsx')!.getAttribute('href')).toContain('&format=xlsx');
  });

  it('says when the server cut the list at its newest 200, and how many matched', async () => {
    stubApi(answers({ 'GET /api/nominations/registry': [200, listed([approved, accepted], true, 240)] }));

    await shown();

    expect($('#count')!.textContent).toBe('Nominations shown: 2 of 240');
    expect($('#truncated')!.textContent).toBe('Showing the newest 2 of 240; narrow the filters to see the others.');
  });

  it('says when only the newest 200 were looked through, without a count it does not have', async () => {
    stubApi(answers({ 'GET /api/nominations/registry': [200, listed([approved], true, null)] }));

    await shown();

    expect($('#truncated')!.textContent).toBe('Only the newest 200 nominations were looked through; choose an academic year or narrow the filters to see older ones.');
  });

  it('says nothing was left out when nothing was', async () => {
    stubApi(answers());

    await shown();

    expect($('#truncated')).toBeNull();
  });

  it('reads the list again when a choice changes, and puts it in the address', async () => {
    const asked = stubApi(answers());
    await shown();

    const status = $<HTMLSelectElement>('#status')!;
    status.value = 'approved';
    status.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(asked.filter((a) => a.url.startsWith('/api/nominations/registry?status=approved'))).toHaveLength(1));

    expect(location.pathname + location.search).toBe('/office/nominations?status=approved');
  });

  it('says when the list could not be read, with the request’s id', async () => {
    stubApi(answers({ 'GET /api/nominations/registry': [500, { error: 'internal', requestId: 'req-7' }] }));

    await shown();

    expect($('#message')!.textContent).toBe('The registry could not be loaded (500). Reload the page to try again. Request id: req-7');
    expect(rows()).toEqual([['No nomination matches.']]);
  });

  it('tells someone not of the office that the page is the office’s, and reads no nomination', async () => {
    const asked = stubApi(answers({ 'GET /api/me': [200, { ...office, roles: [{ role: 'submitter', scope: { type: 'university' } }] }] }));

    render(<OfficeNominationsPage model={officeNominations()} />, root);
    await vi.waitFor(() => expect($('h1')!.textContent).toBe('For the international office'));

    expect($('#registry')).toBeNull();
    expect(asked.map((a) => a.url)).toEqual(['/api/me']);
  });
});

describe('the partner’s answer', () => {
  it('is saved, the list read again and said, with the focus on the heading', async () => {
    const asked = stubApi(answers({ 'POST /api/nominations/n-1/partner-response': [200, { ...approved, status: 'declined_by_partner' }] }));
    await shown();

    click(button('Record the partner’s answer for NOM-2026-0001'));
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('answer-heading'));
    click($('#accepted-no'));
    type('#reason', '  No supervisor.  ');
    submit('answer-form');
    await vi.waitFor(() => expect($('#message')!.textContent).toBe('NOM-2026-0001 is now: Declined by partner.'));

    expect(asked.find((a) => a.method === 'POST')!.body).toEqual({ accepted: false, reason: 'No supervisor.' });
    expect($('#answer-form')).toBeNull();
    expect(document.activeElement?.id).toBe('title');
    expect(asked.filter((a) => a.url.startsWith('/api/nominations/registry'))).toHaveLength(2);
  });

  it('puts a 400’s error on the reason, which takes the focus', async () => {
    stubApi(answers({ 'POST /api/nominations/n-1/partner-response': [400, { error: 'validation_failed', fields: [{ path: 'reason', message: 'Give a reason' }] }] }));
    await shown();

    click(button('Record the partner’s answer for NOM-2026-0001'));
    await vi.waitFor(() => expect($('#answer-form')).not.toBeNull());
    click($('#accepted-no'));
    submit('answer-form');
    await vi.waitFor(() => expect($('#answer-form .field-error')!.textContent).toBe('Give the partner’s reason for declining'));

    expect($('#reason')!.getAttribute('aria-invalid')).toBe('true');
    expect($('#reason')!.getAttribute('aria-describedby')).toBe('reason-error');
    expect(document.activeElement?.id).toBe('reason');
    expect($('#answer-form .message')!.textContent).toBe('Please check the marked fields.');
  });

  it('closes on a 409 and says the nomination moved on', async () => {
    stubApi(answers({ 'POST /api/nominations/n-1/partner-response': [409, { error: 'conflict' }] }));
    await shown();

    click(button('Record the partner’s answer for NOM-2026-0001'));
    await vi.waitFor(() => expect($('#answer-form')).not.toBeNull());
    submit('answer-form');
    await vi.waitFor(() => expect($('#message')!.textContent).toBe('This nomination has moved on meanwhile; the list is reloaded.'));

    expect($('#answer-form')).toBeNull();
    expect($('#message')!.className).toContain('warn');
  });

  it('closes on Cancel, the focus back on the button that opened it', async () => {
    stubApi(answers());
    await shown();

    click(button('Record the partner’s answer for NOM-2026-0001'));
    await vi.waitFor(() => expect($('#answer-form')).not.toBeNull());
    click(button('Cancel'));
    await vi.waitFor(() => expect($('#answer-form')).toBeNull());

    expect(document.activeElement?.id).toBe('answer-n-1');
  });
});

describe('the completion', () => {
  async function opened(): Promise<void> {
    await shown();
    click(button('Record completion of NOM-2026-0002'));
    await vi.waitFor(() => expect($<HTMLSelectElement>('#certificate')!.disabled).toBe(false));
  }

  it('offers the nomination’s certificates first, the newest chosen, and saves the dates with it', async () => {
    const asked = stubApi(answers({ 'POST /api/nominations/n-2/completion': [200, { ...accepted, status: 'completed' }] }));
    await opened();

    expect($$('#certificate option').map((o) => o.textContent)).toEqual(['No certificate', 'Certificate.pdf (Certificate of attendance)', 'Transcript.pdf (Transcript)']);
    expect($$('#certificate optgroup').map((g) => g.getAttribute('label'))).toEqual(['Certificates', 'Other documents']);
    expect($<HTMLSelectElement>('#certificate')!.value).toBe('d-2');
    type('#actualStartDate', '2026-02-01');
    type('#actualEndDate', '2026-06-30');
    submit('completion-form');
    await vi.waitFor(() => expect($('#message')!.textContent).toBe('NOM-2026-0002 is now: Completed.'));

    expect(asked.find((a) => a.method === 'POST')!.body).toEqual({ actualStartDate: '2026-02-01', actualEndDate: '2026-06-30', certificateDocumentId: 'd-2' });
  });

  it('says each of a 400’s errors on its field: empty dates, the end before the start, a document not a certificate', async () => {
    let reply: Reply = [400, { error: 'validation_failed', fields: [{ path: 'actualStartDate', message: 'Invalid date' }, { path: 'actualEndDate', message: 'Invalid date' }] }];
    stubApi(answers({ 'POST /api/nominations/n-2/completion': () => reply }));
    await opened();

    submit('completion-form');
    await vi.waitFor(() => expect($$('#completion-form .field-error').map((e) => e.textContent)).toEqual(['Fill this in', 'Fill this in']));
    expect(document.activeElement?.id).toBe('actualStartDate');

    reply = [400, { error: 'validation_failed', fields: [{ path: 'actualEndDate', message: 'Must be on or after the start date' }, { path: 'certificateDocumentId', message: 'Not a certificate' }] }];
    type('#actualStartDate', '2026-06-30');
    type('#actualEndDate', '2026-02-01');
    submit('completion-form');
    await vi.waitFor(() => expect($$('#completion-form .field-error').map((e) => e.textContent)).toEqual([
      'The mobility cannot end before it starts',
      'This is not a certificate of this nomination: upload the partner’s certificate to it as a certificate of attendance first',
    ]));

    expect(document.activeElement?.id).toBe('actualEndDate');
    expect($('#certificate')!.getAttribute('aria-invalid')).toBe('true');
  });

  it('refuses a file that is no document on its field, before sending anything', async () => {
    const asked = stubApi(answers());
    await opened();

    const input = $<HTMLInputElement>('#certificate-file')!;
    Object.defineProperty(input, 'files', { value: [new File(['not a certificate'], 'notes.txt', { type: 'text/plain' })] });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect($('#certificate-file-error')).not.toBeNull());

    expect($('#certificate-file-error')!.textContent).toBe('Only PDF, DOCX, JPEG or PNG files can be attached');
    expect(asked.filter((a) => a.method === 'POST')).toEqual([]);
  });

  it('says the documents could not be read, and can still be completed without a certificate', async () => {
    stubApi(answers({ 'GET /api/nominations/n-2/documents': [503, { error: 'unavailable' }] }));
    await opened();

    expect($('#completion-form .message')!.textContent).toBe('The nomination’s documents could not be loaded (503); it can be completed without a certificate.');
    expect($$('#certificate option').map((o) => o.textContent)).toEqual(['No certificate']);
  });
});

describe('the override of the places', () => {
  it('explains itself, refuses an empty justification on its field, and says when it is allowed', async () => {
    const asked = stubApi(
      answers({
        'POST /api/nominations/n-3/quota-override': ({ body }) =>
          (body as { reason: string }).reason ? [200, { ...lastStep, quotaOverride: { by: office, reason: 'Agreed', at: AT } }] : [400, { error: 'validation_failed', fields: [{ path: 'reason', message: 'Too small' }] }],
      }),
    );
    await shown();

    click(button('Approve NOM-2026-0003 beyond the places'));
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('override-heading'));
    expect($('#override-explain')!.textContent).toContain('no place left for 2026/2027');
    submit('override-form');
    await vi.waitFor(() => expect($('#override-form .field-error')!.textContent).toBe('Give the justification for going beyond the places'));
    type('#override-reason', 'The partner agreed by letter.');
    submit('override-form');
    await vi.waitFor(() => expect($('#message')!.textContent).toContain('NOM-2026-0003: approval beyond the places is allowed.'));

    expect(asked.filter((a) => a.method === 'POST').map((a) => a.body)).toEqual([{ reason: '' }, { reason: 'The partner agreed by letter.' }]);
  });
});

describe('an incoming student’s arrival', () => {
  const incoming = nomination('n-4', 'NOM-2026-0004', { content: { ...approved.content, direction: 'incoming' } as Nomination['content'] });
  const letter = { nationality: 'KG', dateOfBirth: '2005-03-14', passportNumber: 'AC1234567', passportExpiry: '2027-12-20', updatedAt: AT, warnings: [{ path: 'passportExpiry', message: 'expires' }] };

  it('is offered on an approved incoming nomination only, shows the invitation data, and is saved', async () => {
    const arrived = { ...incoming, status: 'arrived' as const, version: 2, arrival: { date: '2026-11-18', by: office, at: AT } };
    const asked = stubApi(
      answers({
        'GET /api/nominations/registry': (a) => [200, listed(asked.filter((x) => x.method === 'POST').length ? [arrived, approved] : [incoming, approved])],
        'GET /api/nominations/n-4/invitation-data': [200, letter],
        'POST /api/nominations/n-4/arrival': [200, arrived],
      }),
    );
    await shown();
    const offered = { incoming: button('Record arrival of NOM-2026-0004') !== null, outgoing: button('Record arrival of NOM-2026-0001') !== null };

    click(button('Record arrival of NOM-2026-0004'));
    await vi.waitFor(() => expect($('#invitation-data')!.textContent).toContain('passport AC1234567 valid until 2027-12-20'));
    const said = $('#invitation-data')!.textContent;
    type('#arrivalDate', '2026-11-18');
    submit('arrival-form');
    await vi.waitFor(() => expect($('#arrival-form')).toBeNull());
    await vi.waitFor(() => expect(rows()[0]![5]).toContain('Arrived on'));

    expect(offered).toEqual({ incoming: true, outgoing: false });
    expect(said).toContain('The passport expires before the planned end of the stay.');
    expect(asked.find((a) => a.method === 'POST')!.body).toEqual({ arrivalDate: '2026-11-18' });
    expect(button('Record arrival of NOM-2026-0004')).toBeNull();
    // Arrived: the row says so, and the mobility is to be completed from here.
    expect($$('#registry-body tr')[0]!.querySelector('.badge')!.textContent).toBe('Arrived');
    expect(button('Record completion of NOM-2026-0004')).not.toBeNull();
  });
});

describe('a room for an incoming student', () => {
  const incoming = nomination('n-4', 'NOM-2026-0004', {
    content: {
      partnerId: 'osh-state-university',
      nominee: { name: 'Guest Student' },
      direction: 'incoming',
      academicYear: '2027/2028',
      period: 'first_semester',
      plannedStartDate: '2027-09-01',
      plannedEndDate: '2028-01-31',
      accommodation: { request: 'dormitory', note: 'Quiet floor, please' },
    } as Nomination['content'],
  });
  const residences = [{ id: 'residence-1', name: 'Student Residence No. 1', rooms: [{ number: '101', beds: 2 }, { number: '302', beds: 1 }], version: 1 }];
  const assignment = { residenceId: 'residence-1', room: '302', from: '2027-08-30', to: '2028-02-01', by: office, at: AT };

  it('is offered for an approved incoming student who asked for a dormitory, and given with the rooms of the residence chosen', async () => {
    const asked = stubApi(
      answers({
        'GET /api/nominations/registry': [200, listed([approved, incoming])],
        'GET /api/residences': [200, residences],
        'POST /api/nominations/n-4/accommodation': [200, { ...incoming, roomAssignment: assignment }],
      }),
    );
    await shown();
    expect(rows().find((r) => r[0] === 'NOM-2026-0004')!.join(' ')).toContain('Asks for a dormitory');
    expect(button('Give NOM-2026-0001 a room')).toBeNull();

    click(button('Give NOM-2026-0004 a room'));
    await vi.waitFor(() => expect($<HTMLSelectElement>('#residence')!.disabled).toBe(false));
    expect($('#room-form')!.textContent).toContain('Quiet floor, please');
    expect($<HTMLInputElement>('#move-in')!.value).toBe('2027-09-01');
    const residence = $<HTMLSelectElement>('#residence')!;
    residence.value = 'residence-1';
    residence.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect($$('#room option').map((o) => o.textContent)).toEqual(['—', 'Room 101, beds: 2', 'Room 302, beds: 1']));
    const room = $<HTMLSelectElement>('#room')!;
    room.value = '302';
    room.dispatchEvent(new Event('change', { bubbles: true }));
    type('#move-in', '2027-08-30');
    type('#move-out', '2028-02-01');
    submit('room-form');
    await vi.waitFor(() => expect($('#message')!.textContent).toBe('NOM-2026-0004: room 302, Student Residence No. 1.'));

    expect(asked.find((a) => a.method === 'POST')!.body).toEqual({ residenceId: 'residence-1', room: '302', from: '2027-08-30', to: '2028-02-01' });
  });

  it('stays open on a full room, saying the stays it holds, and puts a date refused on its field', async () => {
    let answer: Reply = [409, { error: 'room_full', message: 'full', occupancy: { residenceId: 'residence-1', room: '302', beds: 1, stays: [{ nominationId: 'n-9', from: '2027-09-01', to: '2027-12-01' }] }, requestId: 'r' }];
    stubApi(
      answers({
        'GET /api/nominations/registry': [200, listed([{ ...incoming, roomAssignment: assignment }])],
        'GET /api/residences': [200, residences],
        'POST /api/nominations/n-4/accommodation': () => answer,
      }),
    );
    await shown();
    expect(rows()[0]!.join(' ')).toContain('Room 302, residence-1');

    click(button('Change the room of NOM-2026-0004'));
    await vi.waitFor(() => expect($<HTMLSelectElement>('#room')!.disabled).toBe(false));
    expect($<HTMLSelectElement>('#room')!.value).toBe('302');
    submit('room-form');
    await vi.waitFor(() => expect($('#room-form .message')!.textContent).toContain('Room 302 has no free bed for these dates.'));
    expect($('#room-form')).not.toBeNull();

    answer = [400, { error: 'validation_failed', message: 'x', fields: [{ path: 'from', message: 'Move in between 2027-08-25 and 2028-01-31' }], requestId: 'r' }];
    submit('room-form');
    await vi.waitFor(() => expect($('#room-form .field-error')!.textContent).toBe('Choose dates within a week of the mobility’s'));
    expect(document.activeElement?.id).toBe('move-in');
    expect(button('Take the room back')).not.toBeNull();
  });
});

describe('an incoming student’s study plan on the list', () => {
  const incoming = (id: string, reference: string, studyPlan?: Nomination['studyPlan']) =>
    nomination(id, reference, { content: { ...approved.content, direction: 'incoming' } as Nomination['content'], ...(studyPlan ? { studyPlan } : {}) });
  const coordinator = { email: 'coordinator.physics@uni.example', name: 'Dilnoza Karimova' };

  it('says where each plan stands from the summary the nomination carries, and nothing on an outgoing row', async () => {
    const asked = stubApi(
      answers({
        'GET /api/nominations/registry': [
          200,
          listed([
            incoming('n-5', 'NOM-2026-0005'),
            incoming('n-6', 'NOM-2026-0006', { status: 'sent', current: 1, revision: 2, sentTo: coordinator }),
            incoming('n-7', 'NOM-2026-0007', { status: 'draft', current: 2, revision: 5, approvedVersion: 1 }),
            incoming('n-8', 'NOM-2026-0008', { status: 'changes_requested', current: 1, revision: 3, sentTo: coordinator }),
            incoming('n-9', 'NOM-2026-0009', { status: 'sent', current: 1, revision: 6, sentTo: coordinator, unanswered: true }),
            approved,
          ]),
        ],
      }),
    );
    await shown();

    expect(['n-5', 'n-6', 'n-7', 'n-8', 'n-9'].map((id) => $(`#plan-${id}`)?.textContent)).toEqual([
      'Study plan: none yet',
      'Study plan: version 1 sent to Dilnoza Karimova',
      'Study plan: version 2, draft (version 1 approved)',
      'Study plan: changes requested to version 1',
      'Study plan: version 1 sent to Dilnoza Karimova, no answer after every reminder',
    ]);
    expect($(`#plan-${approved.id}`)).toBeNull();
    // The list is one read: no request per row for the plans.
    expect(asked.filter((a) => a.url.includes('study-plan'))).toEqual([]);
  });
});
