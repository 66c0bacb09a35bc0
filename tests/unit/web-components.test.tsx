// @vitest-environment happy-dom
/**
 * The Preact pieces without a browser (happy-dom): the form parts render their label, hint and
 * error as the pages need them, take events and the focus; the words come per language and a
 * switch renders the page again in the other; the approver's and the sign-in page's states, with
 * the API answered by a stub, show what the e2e tests see in Chromium.
 */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Choices } from '../../web/src/components/choices';
import { ErrorSummary } from '../../web/src/components/error-summary';
import { Field } from '../../web/src/components/field';
import { HashLine } from '../../web/src/components/hash-line';
import { LanguageSwitcher } from '../../web/src/components/language-switcher';
import { MessageBox } from '../../web/src/components/message-box';
import { PageFrame } from '../../web/src/components/page';
import { chooseLanguage, lang, startWords, t, type WordChunks } from '../../web/src/i18n/live';
import { ActPage, approval } from '../../web/src/pages/act-page';
import { SignInPage, signIn } from '../../web/src/pages/signin-page';
import type { Preview } from '../../web/src/api-types';

const ACT_WORDS: WordChunks = {
  en: () => import('../../web/src/i18n/act-words?lang=en'),
  ru: () => import('../../web/src/i18n/act-words?lang=ru'),
  uz: () => import('../../web/src/i18n/act-words?lang=uz'),
};
const SIGNIN_WORDS: WordChunks = {
  en: () => import('../../web/src/i18n/signin-words?lang=en'),
  ru: () => import('../../web/src/i18n/signin-words?lang=ru'),
  uz: () => import('../../web/src/i18n/signin-words?lang=uz'),
};

/** Lets Preact render what the signals changed, and pending promises (a stubbed fetch) settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector);

let root: HTMLElement;
beforeEach(async () => {
  localStorage.clear();
  root = document.createElement('div');
  document.body.replaceChildren(root);
  await startWords(ACT_WORDS, 'en');
});
afterEach(() => {
  render(null, root);
  vi.unstubAllGlobals();
});

describe('Field', () => {
  it('puts the hint in the label and, with an error, ties the error to the control', async () => {
    // Act
    render(
      <Field id="email" label="Your email" hint="We send a link" error="Enter a valid email address">
        {(control) => <input {...control} type="email" />}
      </Field>,
      root,
    );

    // Assess
    const input = $<HTMLInputElement>('#email')!;
    expect($('label[for=email]')!.textContent).toBe('Your email We send a link');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe('email-error');
    expect($('#email-error')!.textContent).toBe('Enter a valid email address');
  });

  it('without an error marks nothing invalid and describes the control only by what it is given', () => {
    render(
      <Field id="comment" label="Comment" hint="Optional" describedBy="comment-hint">
        {(control) => <textarea {...control} />}
      </Field>,
      root,
    );
    const textarea = $('#comment')!;
    expect(textarea.hasAttribute('aria-invalid')).toBe(false);
    expect(textarea.getAttribute('aria-describedby')).toBe('comment-hint');
    expect($('.field-error')).toBeNull();
  });
});

describe('ErrorSummary', () => {
  it('lists every error, takes the focus, and its link moves the focus to the field', async () => {
    // Prepare
    render(
      <>
        <ErrorSummary title="There is a problem" errors={[{ field: 'name', text: 'Name: Fill this in' }, { text: 'Something else' }]} />
        <input id="name" />
      </>,
      root,
    );
    await settle();

    // Act
    const focusedFirst = document.activeElement?.className;
    $<HTMLAnchorElement>('.error-summary a')!.click();

    // Assess
    expect(focusedFirst).toBe('error-summary');
    expect([...document.querySelectorAll('.error-summary li')].map((li) => li.textContent)).toEqual(['Name: Fill this in', 'Something else']);
    expect(document.activeElement?.id).toBe('name');
  });

  it('renders nothing without errors', () => {
    render(<ErrorSummary title="There is a problem" errors={[]} />, root);
    expect(root.innerHTML).toBe('');
  });
});

describe('MessageBox', () => {
  it('is an empty live region when there is nothing to say, and takes the focus for a message that asks for it', async () => {
    render(<MessageBox id="message" message={undefined} />, root);
    const box = $('#message')!;
    const empty = { html: box.innerHTML, role: box.getAttribute('role'), live: box.getAttribute('aria-live'), cls: box.className };

    render(<MessageBox id="message" message={{ text: () => 'Link expired', tone: 'warn', focus: true }} />, root);
    await settle();

    expect(empty).toEqual({ html: '', role: 'status', live: 'polite', cls: 'message' });
    expect(box.textContent).toBe('Link expired');
    expect(box.className).toBe('message warn');
    expect(document.activeElement).toBe(box);
  });
});

describe('Choices', () => {
  it('has nothing chosen until a person chooses, and reports the choice', async () => {
    const chosen: string[] = [];
    render(<Choices name="decision" legend="Choose one" options={[{ value: 'approve', label: 'Approve' }, { value: 'reject', label: 'Reject' }]} value={undefined} onChange={(v) => chosen.push(v)} />, root);
    const checkedBefore = document.querySelectorAll('input:checked').length;
    $<HTMLInputElement>('input[value=reject]')!.click();
    expect(checkedBefore).toBe(0);
    expect(chosen).toEqual(['reject']);
    expect($('legend')!.textContent).toBe('Choose one');
  });
});

describe('HashLine', () => {
  it('shows a hash whole in code type, with the id and class a page gives it and nothing else', () => {
    // Prepare
    const hash = 'a'.repeat(32) + '0123456789abcdef'.repeat(2);

    // Act
    render(
      <p>
        Ours: <HashLine hash={hash} />
        <HashLine id="text-hash" class="hash" hash={hash} />
      </p>,
      root,
    );

    // Assess
    expect(root.innerHTML).toBe(`<p>Ours: <code>${hash}</code><code id="text-hash" class="hash">${hash}</code></p>`);
  });
});

describe('words per language', () => {
  it('load the reader’s language, and a switch renders the page again in the other and remembers it', async () => {
    // Prepare
    // Words are read inside a component, so that it renders again when they change.
    const Heading = () => <h1>{t('act.decisionHeading')}</h1>;
    render(
      <PageFrame>
        <Heading />
      </PageFrame>,
      root,
    );
    const english = { h1: $('h1')!.textContent, label: $('label[for=language]')!.textContent, value: $<HTMLSelectElement>('#language')!.value };

    // Act: the switcher, as a person uses it.
    const select = $<HTMLSelectElement>('#language')!;
    select.value = 'ru';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(lang.value).toBe('ru'), { timeout: 10_000 });
    await settle();

    // Assess
    expect(english).toEqual({ h1: 'Your decision', label: 'Language', value: 'en' });
    expect({ h1: $('h1')!.textContent, label: $('label[for=language]')!.textContent, html: document.documentElement.lang }).toEqual({ h1: 'Ваше решение', label: 'Язык', html: 'ru' });
    expect(localStorage.getItem('hamkor.language')).toBe('ru');
    expect([...select.options].map((o) => `${o.lang}:${o.textContent}`)).toEqual(['en:English', 'ru:Русский', "uz:O'zbekcha"]);
  });

  it('follow a link’s language unless one was chosen on this device', async () => {
    await startWords(ACT_WORDS, 'uz');
    const fromLink = lang.value;
    await chooseLanguage('ru');
    await startWords(ACT_WORDS, 'uz');
    expect(fromLink).toBe('uz');
    expect(lang.value).toBe('ru');
  });

  it('carry only the page’s language: a chunk is one column of the three-language tables', async () => {
    const [en, ru] = await Promise.all([ACT_WORDS.en(), ACT_WORDS.ru()]);
    expect(en.default['act.decisionHeading']).toBe('Your decision');
    expect(ru.default['act.decisionHeading']).toBe('Ваше решение');
    expect(en.default['label.in_review']).toBe('In review');
    expect(Object.values(en.default).some((text) => /Ваше/.test(text))).toBe(false);
  });

  it('switch a language switcher given as a prop', () => {
    const picked: string[] = [];
    render(<LanguageSwitcher label="Language" value="en" onChoose={(l) => picked.push(l)} />, root);
    const select = $<HTMLSelectElement>('#language')!;
    select.value = 'uz';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(picked).toEqual(['uz']);
  });
});

// ---- the pages --------------------------------------------------------------------------

const PREVIEW: Preview = {
  kind: 'nomination',
  reference: 'NOM-2026-0042',
  status: 'in_review',
  summary: {
    title: 'Dilnoza Yusupova — Osh State University, 2027/2028',
    titles: { en: 'Dilnoza Yusupova — Osh State University, 2027/2028', ru: 'Дилноза Юсупова — Ошский государственный университет, 2027/2028', uz: 'Dilnoza Yusupova — O‘sh davlat universiteti, 2027/2028' },
    submitter: { email: 'faculty@uni.example', name: 'Aziz Rakhimov' },
    labels: {},
    content: {
      nominee: { name: 'Dilnoza Yusupova', email: 'dilnoza@uni.example', role: 'student', studyLevel: 'bachelor', faculty: 'physics', department: 'general-physics' },
      direction: 'outgoing',
      partnerId: 'osh-state-university',
      programme: 'bilateral',
      mobilityType: 'semester_study',
      academicYear: '2027/2028',
      period: 'first_semester',
      language: { code: 'ru', level: 'B2' },
      motivation: 'Research in optics.',
    } as Preview['summary']['content'],
  },
  step: { index: 0, id: 's1', role: 'head_of_department', policy: 'any', of: 4 },
  approver: { email: 'head.physics@uni.example', name: 'Bobur Karimov' },
  snapshotHash: 'a'.repeat(64),
  choices: ['approve', 'reject', 'request_changes'],
  history: [{ type: 'submitted', at: '2026-12-05T09:00:00.000Z', actor: { email: 'faculty@uni.example', name: 'Aziz Rakhimov' } } as Preview['history'][number]],
  documents: [],
  expiresAt: '2026-12-19T09:00:00.000Z',
};

/** A stub of the API: each call answered by `answer(path, body)`; the calls are kept. */
function stubApi(answer: (path: string, body: Record<string, unknown>) => { status: number; data: unknown }) {
  const calls: { path: string; body: Record<string, unknown>; headers: Record<string, string> }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (path: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body ?? '{}')) as Record<string, unknown>;
      calls.push({ path, body, headers: init.headers as Record<string, string> });
      const { status, data } = answer(path, body);
      return new Response(JSON.stringify(data), { status, headers: { 'content-type': 'application/json' } });
    }),
  );
  return calls;
}

describe('the approver page', () => {
  it('without a token in the address says the link is not valid and asks the API nothing', async () => {
    const calls = stubApi(() => ({ status: 500, data: {} }));
    const model = approval(null);
    render(<ActPage model={model} />, root);
    await model.load();
    await settle();
    expect($('h1')!.textContent).toBe('This link is not valid');
    expect($('#message')!.textContent).toMatch(/^The link’s code is not in the address/);
    expect(calls).toEqual([]);
  });

  it('shows the preview with nothing chosen, refuses a rejection without a reason on its field, and decides only on the press', async () => {
    // Prepare
    const calls = stubApi((path) =>
      path === '/api/actions/preview'
        ? { status: 200, data: PREVIEW }
        : { status: 200, data: { status: 'rejected', kind: 'nomination', reference: PREVIEW.reference, version: 2, decision: 'reject', decidedBy: 'head.physics@uni.example', at: '2026-12-06T10:00:00.000Z', outcome: 'rejected' } },
    );
    const model = approval('token-1');
    render(<ActPage model={model} />, root);
    await model.load();
    await settle();
    const shown = { h1: $('h1')!.textContent, badges: [...document.querySelectorAll('#meta .badge')].map((b) => b.textContent), checked: document.querySelectorAll('input:checked').length, button: $<HTMLButtonElement>('#decide-button')!.disabled };

    // Act: reject without a reason, then with one.
    $<HTMLInputElement>('input[value=reject]')!.click();
    await settle();
    $<HTMLFormElement>('#decision-form')!.requestSubmit();
    await settle();
    const refused = { error: $('#comment-error')?.textContent, invalid: $('#comment')!.getAttribute('aria-invalid'), focused: document.activeElement?.id, posts: calls.filter((c) => c.path.endsWith('/decide')).length };
    const textarea = $<HTMLTextAreaElement>('#comment')!;
    textarea.value = 'Not this year.';
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
    $<HTMLFormElement>('#decision-form')!.requestSubmit();
    await vi.waitFor(() => expect($('#message')!.textContent).toMatch(/^Rejected\. Recorded on /));
    await settle();

    // Assess
    expect(shown).toEqual({ h1: PREVIEW.summary.title, badges: ['Exchange nomination', 'NOM-2026-0042', 'In review'], checked: 0, button: true });
    expect(refused).toEqual({ error: 'Give the reason for the rejection.', invalid: 'true', focused: 'comment', posts: 0 });
    const decide = calls.find((c) => c.path === '/api/actions/decide')!;
    expect(decide.body).toEqual({ token: 'token-1', decision: 'reject', comment: 'Not this year.', snapshotHash: PREVIEW.snapshotHash });
    expect(decide.headers['Idempotency-Key']).toMatch(/^[0-9a-f-]{36}$/);
    expect($('#decision-section')).toBeNull();
    expect(document.activeElement?.id).toBe('message');
  });

  it('says a link expired, offers a fresh one, and says when three were sent already', async () => {
    stubApi((path) => (path === '/api/actions/preview' ? { status: 410, data: { error: 'link_expired' } } : { status: 409, data: { error: 'fresh_link_limit' } }));
    const model = approval('token-2');
    render(<ActPage model={model} />, root);
    await model.load();
    await settle();
    const expired = { h1: $('h1')!.textContent, message: $('#message')!.textContent, button: $('#actions button')?.textContent };
    $<HTMLButtonElement>('#actions button')!.click();
    await vi.waitFor(() => expect($('#message')!.textContent).toMatch(/three times/));
    expect(expired).toEqual({ h1: 'This link has expired', message: 'This link has expired.', button: 'Send me a fresh link' });
    expect($('#actions button')).toBeNull();
  });

  it('marks a partner the office has not checked yet', async () => {
    const partner = { id: 'ttu', name: 'Tajik Technical University', names: {}, country: 'TJ', city: 'Dushanbe' };
    const partnerRow = async (proposed: boolean) => {
      stubApi(() => ({ status: 200, data: { ...PREVIEW, summary: { ...PREVIEW.summary, partner: proposed ? { ...partner, proposed: true } : partner } } }));
      const model = approval('token-4');
      render(<ActPage model={model} />, root);
      await model.load();
      await settle();
      const terms = [...document.querySelectorAll('#content dt')];
      return terms.find((dt) => dt.textContent === 'Partner')?.nextElementSibling?.textContent;
    };
    expect(await partnerRow(true)).toBe('Tajik Technical University, Dushanbe, Tajikistan (proposed, not yet registered by the international office)');
    expect(await partnerRow(false)).toBe('Tajik Technical University, Dushanbe, Tajikistan');
  });

  it('renders again in Russian on a switch, the item’s title and its step included', async () => {
    stubApi(() => ({ status: 200, data: PREVIEW }));
    const model = approval('token-3');
    render(<ActPage model={model} />, root);
    await model.load();
    await chooseLanguage('ru');
    await settle();
    expect($('h1')!.textContent).toBe(PREVIEW.summary.titles.ru);
    expect($('#step')!.textContent).toContain('Этап 1 из 4 — Заведующий кафедрой');
    expect([...document.querySelectorAll('label.choice')].map((l) => l.textContent!.trim())).toEqual(['Одобрить', 'Отклонить', 'Вернуть на доработку']);
  });
});

describe('the sign-in page', () => {
  beforeEach(async () => {
    await startWords(SIGNIN_WORDS, 'en');
  });

  it('says a refused address once, on its field', async () => {
    stubApi(() => ({ status: 400, data: { error: 'validation', fields: [{ path: 'email', message: 'Enter a valid email address' }] } }));
    const model = signIn(null);
    render(<SignInPage model={model} />, root);
    const input = $<HTMLInputElement>('#email')!;
    input.value = 'not an address';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    $<HTMLFormElement>('#email-form')!.requestSubmit();
    await vi.waitFor(() => expect($('#email-error')?.textContent).toBe('Enter a valid email address'));
    await settle();
    expect($('#message')!.textContent).toBe('');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(input);
  });

  it('says roughly how long to wait, in the reader’s plural', async () => {
    stubApi(() => ({ status: 429, data: { error: 'too_many_requests', retryAfter: 130 } }));
    const model = signIn(null);
    render(<SignInPage model={model} />, root);
    model.email.value = 'faculty@uni.example';
    await model.askForLink();
    await settle();
    const english = $('#message')!.textContent;
    await chooseLanguage('ru');
    await settle();
    expect(english).toBe('Too many requests. Try again in 3 minutes.');
    expect($('#message')!.textContent).toBe('Слишком много запросов. Попробуйте снова через 3 минуты.');
  });

  it('with a link offers the button and spends the token only on the press', async () => {
    const calls = stubApi(() => ({ status: 410, data: { error: 'link_expired' } }));
    const model = signIn('token-4', () => undefined);
    render(<SignInPage model={model} />, root);
    const before = calls.length;
    $<HTMLButtonElement>('#signin-button')!.click();
    await vi.waitFor(() => expect($('#email')).not.toBeNull());
    await settle();
    expect(before).toBe(0);
    expect(calls.map((c) => c.body)).toEqual([{ token: 'token-4' }]);
    expect($('#link-section')).toBeNull();
    expect(document.activeElement?.id).toBe('email');
  });
});
