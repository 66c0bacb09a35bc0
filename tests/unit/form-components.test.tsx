// @vitest-environment happy-dom
/**
 * The form page's Preact parts without a browser (happy-dom): the home page's lists of a
 * person's nominations and memoranda, with the status timeline under their own and, for one sent
 * back, the approver's comment and the way to the edit form; worded in the reader's language and
 * again after a switch; a fieldset with its hint and error; the conditions table; the partner
 * picker; the attachments' rows; the country picker, by keyboard and by name in any language.
 */
import { signal } from '@preact/signals';
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { CountryPicker } from '../../web/src/components/country-picker';
import { Field } from '../../web/src/components/field';
import { Fieldset } from '../../web/src/components/fieldset';
import { AttachmentList, attachmentRow, type AttachmentRow } from '../../web/src/components/attachment-list';
import { ConditionsTable } from '../../web/src/components/conditions-table';
import { PartnerPicker } from '../../web/src/components/partner-picker';
import { conditionOf, conditionRow, num, type ConditionRow } from '../../web/src/condition-rows';
import type { Partner } from '../../web/src/api-types';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StatusTimeline, type TimelineWords } from '../../web/src/components/status-timeline';
import { SubmissionList } from '../../web/src/components/submission-list';
import type { Agreement, Nomination } from '../../web/src/api-types';
import { chooseLanguage, label, startWords, t, type WordChunks } from '../../web/src/i18n/live';
import { day, list, when } from '../../web/src/format';

const WORDS: WordChunks = {
  en: () => import('../../web/src/i18n/home-words?lang=en'),
  ru: () => import('../../web/src/i18n/home-words?lang=ru'),
  uz: () => import('../../web/src/i18n/home-words?lang=uz'),
};
const words: TimelineWords = { t, label, when: (iso) => when(iso), day, list };
const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector);
const texts = (selector: string) => [...document.querySelectorAll<HTMLElement>(selector)].map((e) => e.textContent);

let root: HTMLElement;
beforeEach(async () => {
  localStorage.clear();
  root = document.createElement('div');
  document.body.replaceChildren(root);
  await startWords(WORDS, 'en');
});
afterEach(() => render(null, root));

const faculty = { email: 'faculty@uni.example', name: 'Aziza Karimova' };
const head = { email: 'head.physics@uni.example', name: 'Bobur Karimov' };
const dean = { email: 'dean.physics@uni.example', name: 'Olga Petrova' };
const office = { email: 'office@uni.example', name: 'Office' };
const AT = '2026-11-20T09:30:00.000Z';

/** A nomination on its way through four steps, the first approved, with the dean since AT. */
function nomination(overrides: Partial<Nomination> = {}): Nomination {
  return {
    id: 'n-1',
    reference: 'NOM-2026-0001',
    version: 1,
    kind: 'nomination',
    status: 'in_review',
    submitter: faculty,
    createdAt: AT,
    updatedAt: AT,
    content: { partnerId: 'osh-state-university', nominee: { name: 'Dilnoza Yusupova' } } as Nomination['content'],
    review: {
      round: 1,
      stepIndex: 1,
      reminders: 0,
      lastTransition: { action: 'approve', by: head, at: AT },
      steps: [
        { id: 'head', role: 'head_of_department', policy: 'any', approvers: [{ ...head, receipt: { ...head, role: 'head_of_department', decision: 'approve', at: AT, snapshotHash: 'h' } }], completedAt: AT, outcome: 'approved' },
        { id: 'dean', role: 'dean', policy: 'any', approvers: [dean], activatedAt: AT },
        { id: 'office', role: 'international_office', policy: 'any', approvers: [office] },
        { id: 'rector', role: 'vice_rector', policy: 'any', approvers: [office] },
      ],
    },
    ...overrides,
  } as Nomination;
}

describe('StatusTimeline', () => {
  it('says each step’s state in words, marks the current one, and is named after the item', () => {
    // Act
    render(<StatusTimeline item={nomination()} words={words} now={Date.parse(AT)} />, root);

    // Assess
    expect($('ol.timeline')!.getAttribute('aria-label')).toBe('Progress of NOM-2026-0001');
    const lines = texts('ol.timeline > li');
    expect(lines[0]).toMatch(/^Step 1: Head of department — Approved by Bobur Karimov on .*\d/);
    expect(lines[1]).toMatch(/^Step 2: Dean — with Olga Petrova since .*\d/);
    expect(lines.slice(2)).toEqual(['Step 3: International office — to come', 'Step 4: Vice-rector — to come']);
    expect($('li[aria-current=step]')!.textContent).toBe(lines[1]);
    expect([...document.querySelectorAll('ol.timeline > li')].map((li) => li.className)).toEqual(['done', 'current', 'todo', 'todo']);
  });

  it('follows an approved nomination with its result and the partner’s answer to come', () => {
    // Prepare: every step approved.
    const item = nomination({ status: 'approved' });
    const steps = item.review!.steps.map((s) => ({ ...s, completedAt: AT, outcome: 'approved' as const }));

    // Act
    render(<StatusTimeline item={{ ...item, review: { ...item.review!, steps } }} words={words} />, root);

    // Assess
    const lines = texts('ol.timeline > li');
    expect(lines).toHaveLength(6);
    expect(lines[4]).toMatch(/^Result — Approved, .*\d/);
    expect(lines[5]).toBe('Partner’s answer — to come');
  });

  it('follows an arrived student with the arrival and the mobility to come; no partner’s answer is awaited', () => {
    // Prepare: every step approved, the office recorded the arrival before any partner's answer.
    const item = nomination({ status: 'arrived', arrival: { date: '2026-09-01', by: office, at: AT } });
    const steps = item.review!.steps.map((s) => ({ ...s, completedAt: AT, outcome: 'approved' as const }));

    // Act
    render(<StatusTimeline item={{ ...item, review: { ...item.review!, steps } }} words={words} />, root);

    // Assess
    const lines = texts('ol.timeline > li');
    expect(lines).toHaveLength(7);
    expect(lines[4]).toMatch(/^Result — Approved, .*\d/);
    expect(lines[5]).toBe('Arrived — September 1, 2026');
    expect(lines[6]).toMatch(/— to come$/);
    expect(lines.join(' ')).not.toContain('Partner’s answer');
  });

  it('draws nothing for an item that never had a chain', () => {
    // Act
    render(<StatusTimeline item={nomination({ review: undefined })} words={words} />, root);

    // Assess
    expect(root.innerHTML).toBe('');
  });
});

describe('SubmissionList', () => {
  const describeIt = (item: Nomination | Agreement) => (item.kind === 'nomination' ? `${item.content.nominee?.name} — Osh State University` : '');
  const pathOf = (item: Nomination | Agreement) => `/nominations/${item.id}`;

  it('links each item, says its status, and gives one’s own its timeline; another’s goes without', () => {
    // Prepare
    const others = nomination({ id: 'n-2', reference: 'NOM-2026-0002', submitter: dean });

    // Act
    render(<SubmissionList id="nominations" items={[nomination(), others]} pathOf={pathOf} describe={describeIt} mine={(i) => i.submitter.email === faculty.email} words={words} />, root);

    // Assess
    const items = document.querySelectorAll('#nominations > li');
    expect(items).toHaveLength(2);
    expect(items[0]!.querySelector('a')!.getAttribute('href')).toBe('/nominations/n-1');
    expect(items[0]!.querySelector('.badge')!.textContent).toBe('In review');
    expect(items[0]!.querySelector('.muted')!.textContent).toBe('Dilnoza Yusupova — Osh State University');
    expect(items[0]!.querySelector('ol.timeline')).not.toBeNull();
    expect(items[1]!.querySelector('ol.timeline')).toBeNull();
  });

  it('under one’s own item sent back, quotes the approver and links its edit form, naming the item for a screen reader', () => {
    // Prepare
    const item = nomination({ status: 'changes_requested' });
    const sentBack = { ...item, review: { ...item.review!, lastTransition: { action: 'request_changes', by: dean, at: AT, comment: 'Please attach the transcript.' } } };

    // Act
    render(<SubmissionList items={[sentBack]} pathOf={pathOf} describe={describeIt} mine={() => true} words={words} />, root);

    // Assess
    expect($('blockquote.pre')!.textContent).toBe('Please attach the transcript.');
    expect($('p.muted')!.textContent).toMatch(/Olga Petrova/);
    const edit = $<HTMLAnchorElement>('a.button')!;
    expect(edit.getAttribute('href')).toBe('/nominations/n-1/edit');
    expect(edit.textContent).toBe('Edit and resubmit');
    expect(edit.getAttribute('aria-label')).toContain('NOM-2026-0001');
  });

  it('says there is nothing yet when the list is empty', () => {
    // Act
    render(<SubmissionList items={[]} pathOf={pathOf} describe={describeIt} mine={() => true} words={words} />, root);

    // Assess
    expect(texts('li.muted')).toEqual([t('home.noneYet')]);
    expect(texts('li.muted')[0]).not.toBe('home.noneYet');
  });
});

describe('the home page’s lists (SubmissionList)', () => {
  it('draws the page’s own lists, and again in Russian after a switch, with nothing patched', async () => {
    // Prepare: the page's two lists, as the home page (pages/home-page.tsx) renders them.
    const lists = { pathOf: (i: { id: string }) => `/nominations/${i.id}`, describe: () => '', mine: () => true, words };
    const Lists = () => (
      <>
        <SubmissionList id="nominations" items={[nomination()]} {...lists} />
        <SubmissionList id="agreements" items={[]} {...lists} />
      </>
    );

    // Act
    render(<Lists />, root);
    const english = texts('#nominations ol.timeline > li');
    await chooseLanguage('ru');
    await new Promise((r) => setTimeout(r, 0));
    const russian = texts('#nominations ol.timeline > li');

    // Assess
    expect(english[1]).toMatch(/^Step 2: Dean/);
    expect(russian[1]).toMatch(/^Этап 2: Декан — на рассмотрении у Olga Petrova с .*\d/);
    expect($('#nominations ol.timeline')!.getAttribute('aria-label')).toBe('Ход рассмотрения NOM-2026-0001');
    expect(texts('#agreements > li')).toEqual([t('home.noneYet')]);
  });
});

describe('CountryPicker', () => {
  /** The picker in a Field, its code kept by the test's own state, as a page keeps it in a signal. */
  function Picked({ initial = '', error, seen }: { initial?: string; error?: string; seen: string[] }) {
    const [code, setCode] = useState(initial);
    return (
      <Field id="country" label="Country" error={error}>
        {(control) => (
          <CountryPicker
            {...control}
            name="country"
            value={code}
            onChange={(next) => {
              seen.push(next);
              setCode(next);
            }}
          />
        )}
      </Field>
    );
  }
  const input = () => $<HTMLInputElement>('#country')!;
  const type = async (text: string) => {
    input().value = text;
    input().dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
  };
  const key = async (name: string) => {
    input().dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }));
    await settle();
  };
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('narrows the list as one types, and takes the highlighted country with Enter, handing on its code', async () => {
    // Prepare
    const seen: string[] = [];
    render(<Picked seen={seen} />, root);

    // Act
    await type('kazak');
    const options = texts('#country-options > li');
    const expanded = input().getAttribute('aria-expanded');
    await key('Enter');

    // Assess
    expect(expanded).toBe('true');
    expect(options[0]).toBe('KazakhstanKZ');
    expect(input().value).toBe('Kazakhstan');
    expect(seen.at(-1)).toBe('KZ');
    expect(input().getAttribute('aria-expanded')).toBe('false');
    expect($('#country-options')!.hidden).toBe(true);
  });

  it('moves through the list with the arrows, naming the highlighted option for a screen reader, and closes on Escape', async () => {
    // Prepare
    render(<Picked seen={[]} />, root);

    // Act
    await type('u');
    await key('ArrowDown');
    const active = input().getAttribute('aria-activedescendant');
    const selected = $('[role=option][aria-selected=true]')!.id;
    const status = $('[role=status]')!.textContent;
    await key('Escape');

    // Assess
    expect(active).toBe(selected);
    expect(active).toMatch(/^country-option-[A-Z]{2}$/);
    expect(status).toMatch(/^Countries found: \d+$/);
    expect(input().getAttribute('aria-expanded')).toBe('false');
    expect(input().hasAttribute('aria-activedescendant')).toBe(false);
  });

  it('takes a whole name typed in Russian, or a code, on leaving the field; text naming no country is handed on as typed', async () => {
    // Prepare
    const seen: string[] = [];
    render(<Picked seen={seen} />, root);

    // Act
    await type('Казахстан');
    input().dispatchEvent(new FocusEvent('blur'));
    await settle();
    const fromRussian = input().value;
    await type('kg');
    const fromCode = seen.at(-1);
    await type('Atlantis');
    const unknown = seen.at(-1);
    const noMatch = $('[role=status]')!.textContent;

    // Assess
    expect(fromRussian).toBe('Kazakhstan');
    expect(fromCode).toBe('KG');
    expect(unknown).toBe('Atlantis');
    expect(noMatch).toBe('No country matches');
  });

  it('shows a stored country by its name in the reader’s language, again after a switch, and carries the field’s error', async () => {
    // Prepare
    render(<Picked initial="UZ" error="Choose a country" seen={[]} />, root);
    const english = input().value;

    // Act
    await chooseLanguage('ru');
    await settle();

    // Assess
    expect(english).toBe('Uzbekistan');
    expect(input().value).toBe('Узбекистан');
    expect(input().getAttribute('aria-invalid')).toBe('true');
    expect(input().getAttribute('aria-describedby')).toBe('country-error');
    expect(input().getAttribute('role')).toBe('combobox');
    expect($('#country-options')!.getAttribute('aria-label')).toBe('Подходящие страны');
  });
});

describe('Fieldset', () => {
  it('reads its hint with the legend, and ties the group’s error to its first control', () => {
    // Act
    render(
      <Fieldset id="m-scope" legend="Scope" hint="Choose at least one" error="Choose at least one area">
        {(first) => (
          <>
            <input type="checkbox" id="m-scope-research" {...first} />
            <input type="checkbox" id="m-scope-teaching" />
          </>
        )}
      </Fieldset>,
      root,
    );

    // Assess
    expect($('fieldset#m-scope > legend')!.textContent).toBe('Scope Choose at least one');
    expect($('#m-scope-error')!.textContent).toBe('Choose at least one area');
    expect($('#m-scope-research')!.getAttribute('aria-invalid')).toBe('true');
    expect($('#m-scope-research')!.getAttribute('aria-describedby')).toBe('m-scope-error');
    expect($('#m-scope-teaching')!.hasAttribute('aria-invalid')).toBe(false);
  });

  it('explains the group in a sentence under its legend, which describes it, and has no error to show without one', () => {
    // Act
    render(
      <Fieldset id="m-proposal" class="proposal" legend="The partner university you propose" explained="Not in the registry yet">
        <input id="m-pp-name" />
      </Fieldset>,
      root,
    );

    // Assess
    expect($('fieldset.proposal')!.getAttribute('aria-describedby')).toBe('m-proposal-hint');
    expect($('#m-proposal-hint')!.textContent).toBe('Not in the registry yet');
    expect($('.field-error')).toBeNull();
    expect($('#m-pp-name')!.hasAttribute('aria-invalid')).toBe(false);
  });
});

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('ConditionsTable', () => {
  /** The table with its rows kept by the test, as the memorandum form keeps them in a signal. */
  function Table({ initial = [], errors, seen }: { initial?: ConditionRow[]; errors?: Record<string, string>; seen: ConditionRow[][] }) {
    const [rows, setRows] = useState<ConditionRow[]>(initial);
    return (
      <ConditionsTable
        rows={rows}
        errors={errors}
        onChange={(next) => {
          seen.push(next);
          setRows(next);
        }}
      />
    );
  }
  const typeInto = async (id: string, text: string) => {
    const input = $<HTMLInputElement>(`#${id}`)!;
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await tick();
  };

  it('says there are no conditions, adds a row with the focus in it, and labels each control with its row’s number', async () => {
    // Prepare
    const seen: ConditionRow[][] = [];
    render(<Table seen={seen} />, root);
    const before = $('.no-conditions')!.hidden;

    // Act
    $<HTMLButtonElement>('.add-condition')!.click();
    await tick();
    $<HTMLButtonElement>('.add-condition')!.click();
    await tick();

    // Assess
    expect(before).toBe(false);
    expect($('.no-conditions')!.hidden).toBe(true);
    expect(texts('fieldset.condition > legend')).toEqual(['Condition 1', 'Condition 2']);
    expect(document.activeElement?.id).toBe('m-c2-sender');
    expect($('label[for=m-c2-mobilitiesPerYear]')!.textContent).toBe('Places a year, condition 2');
    expect($('label[for=m-c1-languages-1-code]')!.textContent).toBe('Language 2 code (optional: en, ru…), condition 1');
    expect($('label[for=m-c1-eqf-7]')).not.toBeNull();
  });

  it('reads what was typed into the API’s condition, a decimal comma and an upper-case language code included', async () => {
    // Prepare
    const seen: ConditionRow[][] = [];
    render(<Table initial={[conditionRow()]} seen={seen} />, root);

    // Act
    await typeInto('m-c1-mobilitiesPerYear', '3');
    await typeInto('m-c1-totalMonthsPerYear', '2,5');
    await typeInto('m-c1-subjectAreas', '0533, 0541');
    await typeInto('m-c1-languages-0-code', 'RU');
    $<HTMLInputElement>('#m-c1-eqf-6')!.click();
    await tick();

    // Assess
    expect(conditionOf(seen.at(-1)![0]!)).toEqual({
      type: 'student_studies',
      sender: 'home',
      mobilitiesPerYear: 3,
      totalMonthsPerYear: 2.5,
      subjectAreas: ['0533', '0541'],
      eqfLevels: [6],
      languages: [{ code: 'ru', level: 'B2' }],
      academicYears: [],
    });
    expect(num('two')).toBe('two');
  });

  it('removes a row, renumbers the rest and puts the focus in the row that took its place, or on “Add condition” when none is left', async () => {
    // Prepare
    render(<Table initial={[conditionRow({ mobilitiesPerYear: 1 }), conditionRow({ mobilitiesPerYear: 2 })]} seen={[]} />, root);

    // Act
    $<HTMLButtonElement>('fieldset.condition .remove')!.click();
    await tick();
    const afterFirst = { legends: texts('fieldset.condition > legend'), places: $<HTMLInputElement>('#m-c1-mobilitiesPerYear')!.value, focus: document.activeElement?.id };
    $<HTMLButtonElement>('fieldset.condition .remove')!.click();
    await tick();

    // Assess
    expect(afterFirst).toEqual({ legends: ['Condition 1'], places: '2', focus: 'm-c1-sender' });
    expect(document.activeElement).toBe($('.add-condition'));
    expect($('.no-conditions')!.hidden).toBe(false);
  });

  it('shows an error under its row’s field, tied to it', () => {
    // Act
    render(<Table initial={[conditionRow(), conditionRow()]} errors={{ 'cooperationConditions.1.mobilitiesPerYear': 'Enter a number' }} seen={[]} />, root);

    // Assess
    const input = $('#m-c2-mobilitiesPerYear')!;
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect($(`#${input.getAttribute('aria-describedby')}`)!.textContent).toBe('Enter a number');
    expect($('#m-c1-mobilitiesPerYear')!.hasAttribute('aria-invalid')).toBe(false);
  });
});

describe('PartnerPicker', () => {
  const partner = (id: string, name: string, country: string, more: Partial<Partner> = {}) => ({ id, name, country, version: 1, createdAt: AT, updatedAt: AT, ...more }) as Partner;
  const partners = [
    partner('wuhan', 'Wuhan University', 'CN', { names: { ru: 'Уханьский университет' } }),
    partner('osh', 'Osh State University', 'KG', { names: { ru: 'Ошский государственный университет' } }),
    partner('new', 'Almaty New University', 'KZ', { proposed: { by: faculty, at: AT } }),
  ];

  it('names each partner with its country, in alphabetical order in the reader’s language, and leaves out the proposed ones for a nomination', async () => {
    // Prepare
    const chosen: string[] = [];
    render(<PartnerPicker id="n-partner" partners={partners} value="" onChange={(id) => chosen.push(id)} checkedOnly />, root);
    const english = texts('#n-partner option');

    // Act
    await chooseLanguage('ru');
    await tick();
    const russian = texts('#n-partner option');
    const select = $<HTMLSelectElement>('#n-partner')!;
    select.value = 'wuhan';
    select.dispatchEvent(new Event('change', { bubbles: true }));

    // Assess
    expect(english).toEqual(['Choose…', 'Osh State University (Kyrgyzstan)', 'Wuhan University (China)']);
    expect(russian.slice(1)).toEqual(['Ошский государственный университет (Кыргызстан)', 'Уханьский университет (Китай)']);
    expect(chosen).toEqual(['wuhan']);
  });

  it('offers a proposed partner on a memorandum', () => {
    // Act
    render(<PartnerPicker id="m-partner" partners={partners} value="new" onChange={() => {}} />, root);

    // Assess
    expect(texts('#m-partner option')).toHaveLength(4);
    expect($<HTMLSelectElement>('#m-partner')!.value).toBe('new');
  });
});

describe('AttachmentList', () => {
  const KINDS = ['transcript', 'cv', 'other'] as const;
  /** Refuses a file named *.exe, as the API would; any other passes. */
  const check = async (file: File) => (file.name.endsWith('.exe') ? () => t('attach.badType') : undefined);
  const pickFile = async (id: string, file: File) => {
    const input = $<HTMLInputElement>(`#${id}`)!;
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await tick();
    await tick();
  };
  const list = (rows = signal<AttachmentRow[]>([])) => {
    render(<AttachmentList idPrefix="n-file" legend="Attachments (optional)" hint="PDF, DOCX" rows={rows} kinds={KINDS} kindName={(k) => `kind:${k}`} accept=".pdf" check={check} />, root);
    return rows;
  };

  it('adds a numbered row with the focus on its file, in a fieldset whose legend carries the hint', async () => {
    // Prepare
    const rows = list();

    // Act
    $<HTMLButtonElement>('.add-file')!.click();
    await tick();
    $<HTMLButtonElement>('.add-file')!.click();
    await tick();

    // Assess
    expect($('fieldset.attachments > legend')!.textContent).toBe('Attachments (optional) PDF, DOCX');
    expect(texts('.attachment-rows label')).toEqual(['File 1', 'Kind of file 1', 'File 2', 'Kind of file 2']);
    expect(document.activeElement).toBe($(`#n-file-${rows.value[1]!.key}`));
    expect(rows.value.map((r) => r.kind)).toEqual(['transcript', 'transcript']);
  });

  it('says on its field why a picked file would be refused, and forgets it when a good one is picked instead', async () => {
    // Prepare
    const row = attachmentRow('cv');
    const rows = list(signal([row]));
    const id = `n-file-${row.key}`;

    // Act
    await pickFile(id, new File(['MZ'], 'setup.exe'));
    const refused = { error: $(`#${id}-error`)?.textContent, invalid: $(`#${id}`)!.getAttribute('aria-invalid') };
    await pickFile(id, new File(['%PDF'], 'transcript.pdf'));

    // Assess
    expect(refused.invalid).toBe('true');
    expect(refused.error).toBe(t('attach.badType'));
    expect(refused.error).not.toBe('attach.badType');
    expect($(`#${id}-error`)).toBeNull();
    expect(rows.value[0]!.file?.name).toBe('transcript.pdf');
    expect(rows.value[0]!.problem).toBeUndefined();
  });

  it('removes a row, putting the focus on the next row’s file, else on “Add a file”', async () => {
    // Prepare
    const [first, second] = [attachmentRow('cv'), attachmentRow('other')];
    const rows = list(signal([first!, second!]));

    // Act
    $<HTMLButtonElement>('.attachment button')!.click();
    await tick();
    const afterFirst = { focus: document.activeElement?.id, labels: texts('.attachment-rows label') };
    $<HTMLButtonElement>('.attachment button')!.click();
    await tick();

    // Assess
    expect(afterFirst).toEqual({ focus: `n-file-${second!.key}`, labels: ['File 1', 'Kind of file 1'] });
    expect(document.activeElement).toBe($('.add-file'));
    expect(rows.value).toEqual([]);
  });
});
