// @vitest-environment happy-dom
/**
 * The study plan's section without a browser (happy-dom), with the API answered by a stub: rows
 * added and removed, the total in ECTS (local credits by their stated equivalent), the server's
 * refusal worded by course in the page's language, and a version's changes in words.
 */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StudyPlanSection, studyPlanSection } from '../../web/src/components/study-plan-section';
import { chooseLanguage, startWords, type WordChunks } from '../../web/src/i18n/live';
import { changeLine } from '../../web/src/study-plan-words';

const HOME_WORDS: WordChunks = {
  en: () => import('../../web/src/i18n/home-words?lang=en'),
  ru: () => import('../../web/src/i18n/home-words?lang=ru'),
  uz: () => import('../../web/src/i18n/home-words?lang=uz'),
};

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

let root: HTMLElement;
beforeEach(async () => {
  localStorage.clear();
  root = document.createElement('div');
  document.body.replaceChildren(root);
  await startWords(HOME_WORDS, 'en');
});
afterEach(() => {
  render(null, root);
  vi.unstubAllGlobals();
});

describe('the study plan section', () => {
  it('adds and removes rows and totals the ECTS, local credits by their equivalent', async () => {
    const model = studyPlanSection('n1', 'first_semester');
    render(<StudyPlanSection model={model} />, root);
    model.setRow(0, { code: 'PHY-301', title: 'Solid state physics', credits: '6' });
    model.addRow();
    model.setRow(1, { code: 'PHY 214', title: 'Optics', credits: '4', creditSystem: 'local', ectsCredits: '5,5' });
    model.addRow();
    await settle();
    expect(root.querySelectorAll('#study-plan-courses tbody tr')).toHaveLength(3);
    expect($('#study-plan-total').textContent).toBe('Total: 11.5 ECTS in 3');
    $<HTMLButtonElement>('#plan-remove-2').click();
    await settle();
    expect(root.querySelectorAll('#study-plan-courses tbody tr')).toHaveLength(2);
    // Only a local course asks for its ECTS equivalent.
    expect(root.querySelector('#plan-ects-0')).toBeNull();
    expect(root.querySelector('#plan-ects-1')).not.toBeNull();
  });

  it('sends credits as typed and words the refusal by course, in Russian', async () => {
    await chooseLanguage('ru');
    const sent: unknown[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: string, init: RequestInit) => {
        sent.push(JSON.parse(String(init.body)));
        return json(400, { error: 'validation_failed', message: 'Some fields are not valid', fields: [{ path: 'courses.0.credits', message: 'Credits must be a number' }] });
      }),
    );
    const model = studyPlanSection('n1', 'first_semester');
    render(<StudyPlanSection model={model} />, root);
    model.setRow(0, { code: 'PHY-301', title: 'Физика', credits: 'шесть' });
    await model.save();
    await settle();
    expect(sent[0]).toMatchObject({ courses: [{ code: 'PHY-301', credits: 'шесть', creditSystem: 'ects' }], revision: 0 });
    expect($('#study-plan-problems').textContent).toBe('Курс 1: Кредиты должны быть числом');
  });
});

describe('a version’s changes in words', () => {
  it('say a course added, removed, or a field from → to', () => {
    expect(changeLine({ path: 'courses.PHY-330', to: { title: 'Quantum optics' } })).toBe('Course PHY-330 added');
    expect(changeLine({ path: 'courses.UZB-101', from: { title: 'Uzbek' } })).toBe('Course UZB-101 removed');
    expect(changeLine({ path: 'courses.PHY-301.credits', from: 6, to: 5 })).toBe('Course PHY-301: Credits 6 → 5');
    expect(changeLine({ path: 'note', from: 'a', to: 'b' })).toBe('Note changed');
  });
});
