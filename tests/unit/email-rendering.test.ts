/** Email rendering: every template in every language, and user text escaped in HTML. */
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../shared/i18n';
import { renderEmail, type EmailSubject, type EmailTemplate } from '../../functions/notifier/templates';
import { planMails } from '../../functions/notifier/plan';
import { titlesOf } from '../../shared/i18n/titles';

const NASTY = '<script>alert("x")</script> & "quotes"';
const subject = { kind: 'nomination' as const, reference: 'NOM-2026-0042', title: NASTY, submitterName: NASTY };
const link = 'http://localhost:3000/act#t=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

const templates: EmailTemplate[] = [
  { template: 'signin_link', link: 'http://localhost:3000/signin#t=BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB', expiresInMinutes: 15 },
  { template: 'action_request', subject, link, stepRole: 'dean', dueAt: '2026-12-05T10:00:00Z', expiresAt: '2026-12-06T10:00:00Z', reminder: 0 },
  { template: 'action_request', subject, link, stepRole: 'dean', expiresAt: '2026-12-06T10:00:00Z', reminder: 2 },
  { template: 'submission_receipt', subject, resubmitted: false, firstStepRole: 'head_of_department', viewLink: 'http://localhost:3000/nominations/x' },
  { template: 'final_decision', subject, outcome: 'approved', decidedByName: NASTY, viewLink: 'http://localhost:3000/nominations/x' },
  { template: 'final_decision', subject, outcome: 'rejected', decidedByName: NASTY, reason: NASTY, viewLink: 'http://localhost:3000/nominations/x' },
  { template: 'nominee_approved', subject, nomineeName: NASTY },
  { template: 'changes_requested', subject, comment: NASTY, requestedByName: NASTY, editLink: 'http://localhost:3000/nominations/x/edit' },
  { template: 'withdrawn_notice', subject, withdrawnByName: NASTY, reason: NASTY },
  { template: 'escalation', subject, stepRole: 'dean', pending: [{ name: NASTY, email: 'dean.physics@uni.example' }], reminders: 2, dueAt: '2026-12-05T10:00:00Z', viewLink: 'http://localhost:3000/nominations/x' },
  { template: 'approver_missing', subject, steps: [{ role: 'head_of_department', number: 1, active: true }, { role: 'dean', number: 2, active: false }], viewLink: 'http://localhost:3000/nominations/x' },
];

const links = (t: EmailTemplate) => ['link', 'viewLink', 'editLink'].flatMap((k) => (k in t ? [(t as unknown as Record<string, string>)[k]!] : []));

describe.each(['en', 'ru', 'uz'] as const)('emails in %s', (lang) => {
  it.each(templates.map((t, i) => [`${t.template} #${i}`, t] as const))('%s has a subject, an HTML and a text part with its links, and escapes user text', (_n, t) => {
    const out = renderEmail(t, lang);
    expect(out.subject.length).toBeGreaterThan(0);
    if (t.template !== 'signin_link') expect(out.subject).toContain('NOM-2026-0042');
    for (const l of links(t)) {
      expect(out.text).toContain(l);
      expect(out.html).toContain(`href="${l}"`);
    }
    expect(out.html).not.toContain('<script>');
    if (t.template !== 'signin_link') {
      expect(out.html).toContain('&lt;script&gt;');
      expect(out.text).toContain('<script>alert("x")</script>');
    }
    if (lang === 'ru') expect(out.subject).toMatch(/[А-Яа-яЁё]/);
  });
});

describe('languages and dates', () => {
  it('Uzbek and Russian texts differ from English', () => {
    const t = templates[1]!;
    expect(renderEmail(t, 'uz').text).not.toBe(renderEmail(t, 'en').text);
    expect(renderEmail(t, 'ru').text).not.toBe(renderEmail(t, 'en').text);
  });

  it('formats dates by hand in each language', () => {
    expect(formatDate('2026-12-05T10:00:00Z', 'en')).toBe('5 December 2026');
    expect(formatDate('2026-12-05T10:00:00Z', 'ru')).toBe('5 декабря 2026 г.');
    expect(formatDate('2026-12-05T10:00:00Z', 'uz')).toBe('2026-yil 5-dekabr');
  });

  it('the action request says nothing is decided until a button is pressed, and when the link expires', () => {
    const out = renderEmail(templates[1]!, 'en');
    expect(out.text).toContain('nothing is decided until you press a button');
    expect(out.text).toContain('6 December 2026');
    expect(out.text).toContain('5 December 2026');
  });
});

describe('which emails an event means', () => {
  const about = { kind: 'nomination' as const, id: 'n1', reference: 'NOM-2026-0001', title: 'T', submitter: { email: 'faculty@uni.example', name: 'A' }, nominee: { email: 'student@uni.example', name: 'S' } };
  const ctx = { appUrl: 'http://localhost:3000', admins: [{ email: 'admin@uni.example', name: 'Admin' }], signinMinutes: 15 };
  const step = { index: 3, id: 'vice-rector', role: 'vice_rector' as const, policy: 'any' as const };
  const receipt = { email: 'vicerector@uni.example', name: 'V', role: 'vice_rector' as const, decision: 'approve' as const, at: '2026-11-22T00:00:00Z', snapshotHash: 'a'.repeat(64) };

  it('a final approval of a nomination goes to the submitter and the nominee', () => {
    const mails = planMails({ type: 'decided', at: receipt.at, actor: receipt, round: 1, step, decision: 'approve', receipt, outcome: 'approved' }, about, ctx);
    expect(mails.map((m) => [m.to.email, m.template])).toEqual([
      ['faculty@uni.example', 'final_decision'],
      ['student@uni.example', 'nominee_approved'],
    ]);
  });

  it('writes to the nominee, who has no profile, in the submitter’s language: the final approval and the partner’s answer', () => {
    const approved = planMails({ type: 'decided', at: receipt.at, actor: receipt, round: 1, step, decision: 'approve', receipt, outcome: 'approved' }, about, ctx);
    expect(approved.find((m) => m.template === 'nominee_approved')?.languageOf).toBe('faculty@uni.example');
    const answered = planMails({ type: 'partner_responded', at: receipt.at, actor: receipt, accepted: true }, about, ctx);
    expect(answered.map((m) => [m.to.email, m.languageOf])).toEqual([
      ['faculty@uni.example', 'faculty@uni.example'],
      ['student@uni.example', 'faculty@uni.example'],
    ]);
  });

  it('a decision recorded on an `all` step sends nothing yet', () => {
    expect(planMails({ type: 'decided', at: receipt.at, actor: receipt, round: 1, step, decision: 'approve', receipt, outcome: 'recorded' }, about, ctx)).toEqual([]);
  });

  it('a submission sends the receipt and one action request per approver, each with its own link', () => {
    const approvers = [{ email: 'a@uni.example', name: 'A' }, { email: 'b@uni.example', name: 'B' }];
    const mails = planMails({ type: 'submitted', at: receipt.at, actor: about.submitter, round: 1, step: { ...step, index: 0 }, approvers }, about, ctx);
    expect(mails.map((m) => m.template)).toEqual(['submission_receipt', 'action_request', 'action_request']);
    expect(mails.filter((m) => m.link).map((m) => m.link)).toEqual([
      { purpose: 'action', round: 1, stepIndex: 0 },
      { purpose: 'action', round: 1, stepIndex: 0 },
    ]);
  });

  it('a change of approvers asks the new ones, each with a link for the step, and tells nobody else while someone is left to decide', () => {
    const added = [{ email: 'new.head@uni.example', name: 'New Head' }];
    const mails = planMails({ type: 'approvers_changed', at: receipt.at, actor: receipt, round: 2, step: { ...step, index: 0 }, added, removed: [receipt], pending: added, later: [] }, about, ctx);
    expect(mails.map((m) => [m.to.email, m.template, m.link])).toEqual([['new.head@uni.example', 'action_request', { purpose: 'action', round: 2, stepIndex: 0 }]]);
  });

  it('a step left with nobody to decide it, now or when the item reaches it, is told to every admin', () => {
    const now = planMails({ type: 'approvers_changed', at: receipt.at, actor: receipt, round: 1, step: { ...step, index: 0 }, added: [], removed: [receipt], pending: [], later: [] }, about, ctx);
    expect(now.map((m) => [m.to.email, m.template])).toEqual([['admin@uni.example', 'approver_missing']]);
    const later = planMails(
      { type: 'approvers_changed', at: receipt.at, actor: receipt, round: 1, step: { ...step, index: 0 }, added: [], removed: [], pending: [receipt], later: [{ step: { ...step, index: 1 }, approvers: [] }] },
      about,
      ctx,
    );
    expect(later.map((m) => m.template)).toEqual(['approver_missing']);
    const advancedIntoNobody = planMails(
      { type: 'decided', at: receipt.at, actor: receipt, round: 1, step, decision: 'approve', receipt, outcome: 'advanced', next: { step: { ...step, index: 1 }, approvers: [] } },
      about,
      ctx,
    );
    expect(advancedIntoNobody.map((m) => [m.to.email, m.template])).toEqual([['admin@uni.example', 'approver_missing']]);
  });

  it('an escalation goes to every admin', () => {
    const mails = planMails({ type: 'escalated', at: receipt.at, round: 1, step, pending: [receipt], count: 2 }, about, ctx);
    expect(mails.map((m) => m.to.email)).toEqual(['admin@uni.example']);
  });
});

describe('the title an email gives an item', () => {
  const partner = { name: 'Wuhan University of Science and Technology', names: { ru: 'Уханьский университет науки и технологий', zh: '武汉科技大学' } };
  const memorandum = { kind: 'memorandum' as const, reference: 'AGR-2026-0001', content: { startDate: '2027-01-15', endDate: null } };

  it('words the partner, the dates and an open end in each language', () => {
    expect(titlesOf(memorandum, partner)).toEqual({
      en: 'Wuhan University of Science and Technology — from 15 January 2027, open-ended',
      ru: 'Уханьский университет науки и технологий — с 15 января 2027 г., бессрочно',
      uz: 'Wuhan University of Science and Technology — 2027-yil 15-yanvardan, muddatsiz',
    });
    expect(titlesOf({ kind: 'memorandum', reference: 'AGR-2026-0002', content: { startDate: '2027-01-01', endDate: '2031-12-31' } }, partner).uz).toBe(
      'Wuhan University of Science and Technology — 2027-yil 1-yanvardan 2031-yil 31-dekabrgacha',
    );
    expect(titlesOf({ kind: 'nomination', reference: 'NOM-2026-0001', content: { nominee: { name: 'Dilnoza Karimova' }, academicYear: '2027/2028' } }, partner).ru).toBe(
      'Dilnoza Karimova — Уханьский университет науки и технологий, 2027/2028',
    );
  });

  it('is the reader’s, and the English one for an event stored before titles were per language', () => {
    const titled = { ...subject, title: 'English title', titles: { en: 'English title', ru: 'Русское название', uz: 'Oʻzbekcha nom' } };
    const receipt = (s: EmailSubject): EmailTemplate =>
      ({ template: 'submission_receipt', subject: s, resubmitted: false, firstStepRole: 'dean', viewLink: 'http://localhost:3000/nominations/x' });
    expect(renderEmail(receipt(titled), 'ru').text).toContain('«Русское название»');
    expect(renderEmail(receipt(titled), 'uz').text).toContain('Oʻzbekcha nom');
    expect(renderEmail(receipt({ ...subject, title: 'English title' }), 'ru').text).toContain('«English title»');
  });
});
