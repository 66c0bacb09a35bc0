/**
 * Email templates and i18n strings: every template in every language has a subject, an HTML
 * and a text part carrying its links; user text is escaped in HTML only; dates and labels read
 * naturally in English, Russian and Uzbek.
 */
import { describe, it, expect } from 'vitest';
import { decisionLabel, formatDate, kindLabel, roleLabel, statusLabel } from '../../shared/i18n';
import { renderEmail, type EmailSubject, type EmailTemplate } from '../../functions/notifier/templates';
import type { Language } from '../../shared/schemas/common';
import type { RoleName } from '../../shared/schemas/directory';

const LANGS: Language[] = ['en', 'ru', 'uz'];
const NASTY = '<script>alert("x")</script> & "quotes"';
const REF = 'NOM-2026-0001';
const ACT_LINK = `http://localhost:3000/act#t=${'A'.repeat(21)}-_${'b'.repeat(20)}`;
const SIGNIN_LINK = `http://localhost:3000/signin#t=${'C'.repeat(43)}`;
const VIEW_LINK = 'http://localhost:3000/nominations/n1';
const PARTNER_LINK = `http://localhost:3000/partner#t=${'P'.repeat(43)}`;
const EDIT_LINK = 'http://localhost:3000/nominations/n1/edit';

const about: EmailSubject = { kind: 'nomination', reference: REF, title: NASTY, submitterName: NASTY };

/** One of each template (and each variant that changes the text), with user text everywhere. */
const cases: { name: string; t: EmailTemplate; links: string[] }[] = [
  { name: 'sign-in link', t: { template: 'signin_link', link: SIGNIN_LINK, expiresInMinutes: 15 }, links: [SIGNIN_LINK] },
  {
    name: 'first action request',
    t: { template: 'action_request', subject: about, link: ACT_LINK, stepRole: 'dean', dueAt: '2026-12-05T10:00:00Z', expiresAt: '2026-12-12T10:00:00Z', reminder: 0 },
    links: [ACT_LINK],
  },
  {
    name: 'second reminder',
    t: { template: 'action_request', subject: about, link: ACT_LINK, stepRole: 'vice_rector', expiresAt: '2026-12-12T10:00:00Z', reminder: 2 },
    links: [ACT_LINK],
  },
  { name: 'submission receipt', t: { template: 'submission_receipt', subject: about, resubmitted: false, firstStepRole: 'head_of_department', viewLink: VIEW_LINK }, links: [VIEW_LINK] },
  { name: 'resubmission receipt', t: { template: 'submission_receipt', subject: about, resubmitted: true, firstStepRole: 'head_of_department', viewLink: VIEW_LINK }, links: [VIEW_LINK] },
  { name: 'final approval', t: { template: 'final_decision', subject: about, outcome: 'approved', decidedByName: NASTY, reason: NASTY, viewLink: VIEW_LINK }, links: [VIEW_LINK] },
  { name: 'rejection', t: { template: 'final_decision', subject: about, outcome: 'rejected', decidedByName: NASTY, reason: NASTY, viewLink: VIEW_LINK }, links: [VIEW_LINK] },
  { name: 'nominee approval', t: { template: 'nominee_approved', subject: about, nomineeName: NASTY }, links: [] },
  { name: 'changes requested', t: { template: 'changes_requested', subject: about, comment: NASTY, requestedByName: NASTY, editLink: EDIT_LINK }, links: [EDIT_LINK] },
  { name: 'withdrawal notice', t: { template: 'withdrawn_notice', subject: about, withdrawnByName: NASTY, reason: NASTY }, links: [] },
  {
    name: 'escalation',
    t: { template: 'escalation', subject: about, stepRole: 'dean', pending: [{ name: NASTY, email: 'dean@uni.example' }], reminders: 3, dueAt: '2026-12-05T10:00:00Z', viewLink: VIEW_LINK },
    links: [VIEW_LINK],
  },
  { name: 'no approver left', t: { template: 'approver_missing', subject: about, steps: [{ role: 'dean', number: 2, active: true }], viewLink: VIEW_LINK }, links: [VIEW_LINK] },
  { name: 'partner request', t: { template: 'partner_request', subject: about, link: PARTNER_LINK, expiresAt: '2026-12-12T10:00:00Z', reminder: 0 }, links: [PARTNER_LINK] },
  { name: 'partner reminder', t: { template: 'partner_request', subject: about, link: PARTNER_LINK, expiresAt: '2026-12-12T10:00:00Z', reminder: 1 }, links: [PARTNER_LINK] },
  { name: 'study plan request', t: { template: 'study_plan_request', subject: about, link: ACT_LINK, expiresAt: '2026-12-12T10:00:00Z', planVersion: 2, reminder: 0 }, links: [ACT_LINK] },
  { name: 'study plan reminder', t: { template: 'study_plan_request', subject: about, link: ACT_LINK, expiresAt: '2026-12-12T10:00:00Z', planVersion: 2, reminder: 1 }, links: [ACT_LINK] },
  { name: 'study plan unanswered', t: { template: 'study_plan_unanswered', subject: about, coordinator: { name: NASTY, email: 'coord@university.uz' }, reminders: 3, planVersion: 2, viewLink: VIEW_LINK }, links: [VIEW_LINK] },
  { name: 'study plan approved', t: { template: 'study_plan_answer', subject: about, planVersion: 2, approved: true, decidedByName: NASTY, viewLink: VIEW_LINK }, links: [VIEW_LINK] },
  { name: 'study plan sent back', t: { template: 'study_plan_answer', subject: about, planVersion: 1, approved: false, decidedByName: 'Bobur Aliyev', comment: NASTY, viewLink: VIEW_LINK }, links: [VIEW_LINK] },
  { name: 'partner silent', t: { template: 'partner_unanswered', subject: about, contact: { name: NASTY, email: 'anna@osh.example' }, reminders: 2, viewLink: VIEW_LINK }, links: [VIEW_LINK] },
  {
    name: 'partner bounce',
    t: { template: 'undeliverable_notice', subject: about, email: 'anna@osh.example', cause: 'bounce', detail: NASTY, partnerWaiting: true, viewLink: VIEW_LINK },
    links: [VIEW_LINK],
  },
];

describe.each(LANGS)('every email in %s', (lang) => {
  describe.each(cases)('the $name', ({ t, links }) => {
    const out = renderEmail(t, lang);

    it('has a subject that names the reference number when there is one', () => {
      expect(out.subject.trim().length).toBeGreaterThan(0);
      if (t.template !== 'signin_link') expect(out.subject).toContain(REF);
    });

    it('carries its links as a button and as text in HTML, and in the text part', () => {
      for (const link of links) {
        expect(out.html).toContain(`href="${link}"`);
        expect(out.html).toContain(`>${link}</a>`);
        expect(out.text).toContain(link);
      }
    });

    it('escapes user text in HTML and leaves it as written in the text part', () => {
      expect(out.html).not.toContain('<script');
      if (t.template === 'signin_link') return;
      expect(out.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;quotes&quot;');
      expect(out.text).toContain(NASTY);
    });

    it('loads nothing from elsewhere: no images, no tracking pixels', () => {
      expect(out.html).not.toMatch(/<img|url\(|<link|<script/i);
    });

    it('declares its language and fits a phone screen', () => {
      expect(out.html).toContain(`<html lang="${lang}">`);
      expect(out.html).toContain('name="viewport"');
    });
  });
});

describe('languages', () => {
  it.each(cases)('writes the $name subject in Cyrillic in Russian', ({ t }) => {
    expect(renderEmail(t, 'ru').subject).toMatch(/[А-Яа-яЁё]/);
  });

  it.each(cases)('writes the $name in Uzbek, not in English', ({ t }) => {
    const uz = renderEmail(t, 'uz');
    const en = renderEmail(t, 'en');
    expect(uz.subject).not.toBe(en.subject);
    expect(uz.text).not.toBe(en.text);
  });

  it('leaves no English words in the Russian and Uzbek texts of an action request', () => {
    for (const lang of ['ru', 'uz'] as const) {
      const text = renderEmail(cases[1]!.t, lang).text.replace(NASTY, '');
      expect(text).not.toMatch(/\b(the|link|decide|button|please|reminder)\b/i);
    }
  });
});

describe('the action request', () => {
  const first = cases[1]!.t;
  const reminder = cases[2]!.t;

  it('has the subject the office expects', () => {
    expect(renderEmail(first, 'en').subject).toBe(`Action needed: ${REF} — Exchange nomination`);
  });

  it('says the page changes nothing until the approver presses a button', () => {
    expect(renderEmail(first, 'en').text).toContain('nothing is decided until you press a button');
    expect(renderEmail(first, 'ru').text).toContain('Ничего не произойдёт, пока вы не нажмёте');
    expect(renderEmail(first, 'uz').text).toContain("hech narsa sodir bo'lmaydi");
  });

  it('names the buttons of the approval page in each language', () => {
    for (const lang of LANGS) {
      const text = renderEmail(first, lang).text;
      for (const d of ['approve', 'reject', 'request_changes'] as const) expect(text).toContain(decisionLabel(d, lang));
    }
  });

  it('says the link is personal and when it expires, and when the decision is due', () => {
    const en = renderEmail(first, 'en').text;
    expect(en).toContain('personal');
    expect(en).toContain('It expires on 12 December 2026.');
    expect(en).toContain('Please decide by 5 December 2026.');
    expect(renderEmail(first, 'ru').text).toContain('действительна до 12 декабря 2026 г.');
    expect(renderEmail(first, 'ru').text).toContain('до 5 декабря 2026 г.');
    expect(renderEmail(first, 'uz').text).toContain('2026-yil 12-dekabrgacha amal qiladi');
    expect(renderEmail(first, 'uz').text).toContain('2026-yil 5-dekabrgacha');
  });

  it('leaves out the due date when the step has none', () => {
    expect(renderEmail(reminder, 'en').text).not.toContain('Please decide by');
  });

  it('numbers reminders in the subject and the heading', () => {
    const en = renderEmail(reminder, 'en');
    expect(en.subject).toBe(`Reminder 2: action needed: ${REF} — Exchange nomination`);
    expect(en.text.split('\n')[0]).toBe('Reminder 2: your decision is still needed');
    expect(renderEmail(reminder, 'ru').subject).toMatch(/^Напоминание 2\./);
    expect(renderEmail(reminder, 'uz').subject).toMatch(/^Eslatma 2\./);
    expect(renderEmail(first, 'en').subject).not.toContain('Reminder');
  });

  it('names the step in the recipient language', () => {
    expect(renderEmail(reminder, 'ru').text).toContain('Этап согласования: Проректор.');
    expect(renderEmail(reminder, 'uz').text).toContain('Tasdiqlash bosqichi: Prorektor.');
  });
});

describe('links and user text', () => {
  it('escapes a link inside its href attribute', () => {
    const link = 'http://localhost:3000/nominations/n1?a=1&b="2"';
    const out = renderEmail({ template: 'submission_receipt', subject: about, resubmitted: false, firstStepRole: 'dean', viewLink: link }, 'en');
    expect(out.html).toContain('href="http://localhost:3000/nominations/n1?a=1&amp;b=&quot;2&quot;"');
    expect(out.text).toContain(link);
  });

  it('refuses a link that is not http(s) rather than making it a button', () => {
    expect(() => renderEmail({ template: 'signin_link', link: 'javascript:alert(1)', expiresInMinutes: 15 }, 'en')).toThrow(/http/);
  });

  it('keeps the line breaks of a comment, quoted in the text part', () => {
    const out = renderEmail({ template: 'changes_requested', subject: about, comment: 'Add the transcript.\nFix the dates.', requestedByName: 'Dean', editLink: EDIT_LINK }, 'en');
    expect(out.text).toContain('> Add the transcript.\n> Fix the dates.');
    expect(out.html).toContain('white-space:pre-wrap');
  });

  it('leaves out the reason heading when no reason was given', () => {
    const out = renderEmail({ template: 'withdrawn_notice', subject: about, withdrawnByName: 'A', reason: undefined }, 'en');
    expect(out.text).not.toContain('Reason:');
  });

  it('calls a rejection reason a reason and an approval note a comment', () => {
    const base = { template: 'final_decision', subject: about, decidedByName: 'R', reason: 'Fine', viewLink: VIEW_LINK } as const;
    expect(renderEmail({ ...base, outcome: 'rejected' }, 'en').text).toContain('Reason:');
    expect(renderEmail({ ...base, outcome: 'approved' }, 'en').text).toContain('Comment:');
  });

  it('lists the approvers still to decide in an escalation', () => {
    const out = renderEmail(cases[10]!.t, 'en');
    expect(out.text).toContain(`- ${NASTY} <dean@uni.example>`);
    expect(out.html).toContain('&lt;dean@uni.example&gt;');
    expect(out.text).toContain('3 reminders were sent');
  });
});

describe('i18n', () => {
  it('formats a date by hand in each language, in UTC', () => {
    expect(formatDate('2026-12-05T10:00:00Z', 'en')).toBe('5 December 2026');
    expect(formatDate('2026-12-05T10:00:00Z', 'ru')).toBe('5 декабря 2026 г.');
    expect(formatDate('2026-12-05T10:00:00Z', 'uz')).toBe('2026-yil 5-dekabr');
    expect(formatDate('2026-01-31T23:30:00-02:00', 'en')).toBe('1 February 2026');
    expect(formatDate('2026-05-09', 'ru')).toBe('9 мая 2026 г.');
  });

  it('returns what it was given when it is not a date', () => {
    expect(formatDate('soon', 'en')).toBe('soon');
  });

  it('names every role in every language', () => {
    const roles: RoleName[] = ['admin', 'submitter', 'head_of_department', 'dean', 'international_office', 'legal', 'vice_rector', 'rector'];
    for (const role of roles) for (const lang of LANGS) expect(roleLabel(role, lang)).not.toBe(role);
    expect([roleLabel('head_of_department', 'en'), roleLabel('head_of_department', 'ru'), roleLabel('head_of_department', 'uz')]).toEqual([
      'Head of department',
      'Заведующий кафедрой',
      'Kafedra mudiri',
    ]);
    expect(roleLabel('international_office', 'uz')).toBe("Xalqaro aloqalar bo'limi");
    expect(roleLabel('vice_rector', 'ru')).toBe('Проректор');
  });

  it('names kinds and decisions', () => {
    expect(kindLabel('nomination', 'en')).toBe('Exchange nomination');
    expect(kindLabel('memorandum', 'ru')).toBe('Меморандум');
    expect(decisionLabel('request_changes', 'ru')).toBe('Вернуть на доработку');
  });

  it('labels known statuses and shows an unknown one as it is', () => {
    expect(statusLabel('in_review', 'en')).toBe('In review');
    expect(statusLabel('expired', 'uz')).toBe('Muddati tugagan');
    expect(statusLabel('something_new', 'ru')).toBe('something_new');
    expect(statusLabel('constructor', 'en')).toBe('constructor');
  });
});
