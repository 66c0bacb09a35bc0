/**
 * The emails of an activity's confirmation and of a cancelled room: which event a write of an
 * activity means (shared/activity-rules.ts `confirmationEvent`), who the notifier's plan sends it to
 * and with which link, and what the emails say in English, Russian and Uzbek; and the cancelled
 * room's line in an item's history.
 */
import { describe, expect, it } from 'vitest';
import { confirmationEvent, type ActivityEvent, type ActivityNotice } from '../../shared/activity-rules';
import { formatDate } from '../../shared/i18n';
import { activitiesPage, planMails } from '../../functions/notifier/plan';
import { renderEmail, type EmailTemplate } from '../../functions/notifier/templates';
import { historyLine } from '../../web/src/item-words';
import { plainSpeech } from '../support/plain-speech';

const NASTY = '<script>alert("x")</script> & "quotes"';
const AT = '2026-11-20T09:00:00.000Z';
const faculty = { id: 'physics', name: 'Faculty of Physics', names: { ru: 'Физический факультет', uz: 'Fizika fakulteti' } };
const recorder = { email: 'faculty@uni.example', name: 'Aziz Rakhimov' };
const colleague = { email: 'colleague@uni.example', name: 'Nodira Yusupova' };
const dean = { email: 'dean.physics@uni.example', name: 'Olga Petrova' };
const office = { email: 'iro@uni.example', name: 'Malika Yusupova' };
const ctx = { appUrl: 'http://localhost:3000', admins: [], signinMinutes: 15 };

type Stored = Parameters<typeof confirmationEvent>[1];
const activity = (over: Partial<Stored> = {}): Stored => ({
  id: 'a1',
  kind: 'guest_lecture',
  title: 'Guest lectures in condensed-matter physics',
  faculty: 'physics',
  startDate: '2026-10-12',
  endDate: '2026-10-14',
  status: 'proposed',
  confirmer: 'dean',
  version: 1,
  createdBy: recorder,
  updatedBy: recorder,
  ...over,
});
const notice: ActivityNotice = { id: 'a1', kind: 'guest_lecture', title: 'Guest lectures in condensed-matter physics', faculty, startDate: '2026-10-12', endDate: '2026-10-14' };

describe('the event a write of an activity means', () => {
  it('is a proposal to its confirmer when a faculty member records one the office asks to confirm', () => {
    // Act
    const event = confirmationEvent(undefined, activity(), recorder, AT, faculty);

    // Assess
    expect(event).toEqual({ type: 'activity_proposed', at: AT, actor: recorder, confirmer: 'dean', again: false, activity: notice });
  });

  it('is a proposal again when its faculty edits it after a return, and nothing when an edit leaves it proposed', () => {
    // Prepare
    const returned = activity({ status: 'returned', version: 2 });
    const proposed = activity({ version: 2 });

    // Act
    const again = confirmationEvent(returned, activity({ version: 3, updatedBy: colleague }), colleague, AT, faculty);
    const edited = confirmationEvent(proposed, activity({ version: 3 }), recorder, AT, faculty);

    // Assess
    expect(again).toMatchObject({ type: 'activity_proposed', again: true, actor: colleague, confirmer: 'dean' });
    expect(edited).toBeUndefined();
  });

  it('is nothing for an activity that counts at once', () => {
    expect(confirmationEvent(undefined, activity({ status: 'recorded', confirmer: undefined }), office, AT, faculty)).toBeUndefined();
  });

  it('is a cancellation, with who cancelled it and why, to its confirmer when it is cancelled while still proposed', () => {
    // Prepare
    const cancelled = activity({ status: 'cancelled', version: 2, cancellation: { reason: '  The guest fell ill.  ' } });

    // Act
    const event = confirmationEvent(activity(), cancelled, recorder, AT, faculty);
    const withoutReason = confirmationEvent(activity({ confirmer: 'office' }), activity({ status: 'cancelled', confirmer: 'office', version: 2, cancellation: {} }), office, AT, faculty);

    // Assess
    expect(event).toEqual({ type: 'activity_cancelled', at: AT, actor: recorder, confirmer: 'dean', reason: 'The guest fell ill.', activity: notice });
    expect(withoutReason).toEqual({ type: 'activity_cancelled', at: AT, actor: office, confirmer: 'office', activity: notice });
  });

  it('is nothing for a cancellation once it was confirmed, returned, or never needed confirming', () => {
    const cancelled = (over: Partial<Stored> = {}) => activity({ status: 'cancelled', version: 5, cancellation: { reason: 'Called off.' }, ...over });
    expect(confirmationEvent(activity({ status: 'recorded', version: 4 }), cancelled(), recorder, AT, faculty)).toBeUndefined();
    expect(confirmationEvent(activity({ status: 'returned', version: 4 }), cancelled(), recorder, AT, faculty)).toBeUndefined();
    expect(confirmationEvent(activity({ status: 'recorded', confirmer: undefined, version: 4 }), cancelled({ confirmer: undefined }), office, AT, faculty)).toBeUndefined();
  });

  it('is the confirmer’s answer, with its comment, for who recorded it and who proposed it last', () => {
    // Prepare
    const before = activity({ version: 3, updatedBy: colleague });
    const returned = activity({ status: 'returned', version: 4, updatedBy: dean, decisions: [{ decision: 'returned', at: AT, by: dean, comment: 'Add the number of students.' }] });

    // Act
    const event = confirmationEvent(before, returned, dean, AT, faculty);

    // Assess
    expect(event).toEqual({
      type: 'activity_decided',
      at: AT,
      actor: dean,
      decision: 'returned',
      comment: 'Add the number of students.',
      recordedBy: recorder,
      proposedBy: colleague,
      activity: notice,
    });
  });
});

describe('who is emailed about an activity', () => {
  const proposed: ActivityEvent = { type: 'activity_proposed', at: AT, actor: recorder, confirmer: 'dean', again: false, activity: notice };

  it('emails a proposal to each of its confirmers, in their own language, with the console’s activities page opening it and no token link', () => {
    // Act
    const mails = planMails(proposed, undefined, { ...ctx, confirmers: [dean, { email: 'dean2.physics@uni.example', name: 'Second Dean' }] });

    // Assess
    expect(mails.map((m) => [m.to.email, m.template])).toEqual([
      ['dean.physics@uni.example', 'activity_proposed'],
      ['dean2.physics@uni.example', 'activity_proposed'],
    ]);
    for (const m of mails) {
      expect(m.link).toBeUndefined();
      expect(m.language).toBeUndefined();
      expect(m.languageOf).toBeUndefined();
    }
    expect(mails[0]!.render(undefined)).toMatchObject({ template: 'activity_proposed', proposedBy: recorder, confirmer: 'dean', again: false, viewLink: 'http://localhost:3000/office/activities?activity=a1' });
  });

  it('emails nobody when nobody confirms (the office was asked, and holds no one)', () => {
    expect(planMails({ ...proposed, confirmer: 'office' }, undefined, { ...ctx, confirmers: [] })).toEqual([]);
  });

  it('emails the answer to who recorded it and, once, to who proposed it again', () => {
    // Prepare
    const answer: ActivityEvent = { type: 'activity_decided', at: AT, actor: dean, decision: 'returned', comment: 'Why?', recordedBy: recorder, proposedBy: colleague, activity: notice };

    // Act
    const both = planMails(answer, undefined, ctx);
    const one = planMails({ ...answer, decision: 'confirmed', proposedBy: recorder }, undefined, ctx);

    // Assess
    expect(both.map((m) => [m.to.email, m.template])).toEqual([
      ['faculty@uni.example', 'activity_decided'],
      ['colleague@uni.example', 'activity_decided'],
    ]);
    expect(both[0]!.render(undefined)).toMatchObject({ confirmed: false, decidedByName: dean.name, comment: 'Why?', viewLink: activitiesPage(ctx.appUrl, 'a1') });
    expect(one.map((m) => m.to.email)).toEqual(['faculty@uni.example']);
  });

  it('emails a cancellation of a proposed activity to its confirmers, with the reason and the page, but not to a confirmer who cancelled it', () => {
    // Prepare
    const cancelled: ActivityEvent = { type: 'activity_cancelled', at: AT, actor: office, confirmer: 'office', reason: 'The guest fell ill.', activity: notice };
    const otherOffice = { email: 'iro2@uni.example', name: 'Second Officer' };

    // Act
    const mails = planMails(cancelled, undefined, { ...ctx, confirmers: [office, otherOffice] });
    const byFaculty = planMails({ ...cancelled, actor: recorder, confirmer: 'dean' }, undefined, { ...ctx, confirmers: [dean] });

    // Assess
    expect(mails.map((m) => [m.to.email, m.template])).toEqual([['iro2@uni.example', 'activity_cancelled']]);
    expect(mails[0]!.link).toBeUndefined();
    expect(mails[0]!.render(undefined)).toEqual({ template: 'activity_cancelled', activity: notice, cancelledBy: office, reason: 'The guest fell ill.', viewLink: activitiesPage(ctx.appUrl, 'a1') });
    expect(byFaculty.map((m) => [m.to.email, m.template])).toEqual([['dean.physics@uni.example', 'activity_cancelled']]);
  });

  it('emails a cancelled room to the nomination’s submitter, as the room given was', () => {
    // Prepare
    const subject = { kind: 'nomination' as const, id: 'n1', reference: 'NOM-2026-0001', title: 'T', submitter: recorder };
    const event = { type: 'room_cancelled' as const, at: AT, actor: office, residence: 'Student House 2', room: '101', from: '2027-08-30', to: '2028-02-01' };

    // Act
    const mails = planMails(event, subject, ctx);

    // Assess
    expect(mails.map((m) => [m.to.email, m.template])).toEqual([['faculty@uni.example', 'room_cancelled']]);
    expect(mails[0]!.render(undefined)).toMatchObject({ template: 'room_cancelled', residence: 'Student House 2', room: '101', from: '2027-08-30', to: '2028-02-01' });
  });
});

describe('what the emails say', () => {
  const LINK = 'http://localhost:3000/office/activities?activity=a1';
  const nasty = { ...notice, title: NASTY };
  const cases: { name: string; t: EmailTemplate }[] = [
    { name: 'proposal', t: { template: 'activity_proposed', activity: nasty, proposedBy: { email: 'faculty@uni.example', name: NASTY }, confirmer: 'dean', again: false, viewLink: LINK } },
    { name: 'proposal again', t: { template: 'activity_proposed', activity: nasty, proposedBy: recorder, confirmer: 'office', again: true, viewLink: LINK } },
    { name: 'confirmation', t: { template: 'activity_decided', activity: nasty, confirmed: true, decidedByName: NASTY, viewLink: LINK } },
    { name: 'return', t: { template: 'activity_decided', activity: nasty, confirmed: false, decidedByName: NASTY, comment: NASTY, viewLink: LINK } },
    { name: 'cancellation', t: { template: 'activity_cancelled', activity: nasty, cancelledBy: { email: 'faculty@uni.example', name: NASTY }, reason: NASTY, viewLink: LINK } },
  ];

  describe.each(['en', 'ru', 'uz'] as const)('in %s', (lang) => {
    it.each(cases)('the $name names the activity, its faculty and dates, carries the page’s link and escapes user text', ({ t }) => {
      // Act
      const out = renderEmail(t, lang);

      // Assess
      expect(out.subject).toContain(NASTY);
      expect(out.text).toContain(NASTY);
      expect(out.text).toContain(lang === 'en' ? faculty.name : faculty.names[lang]);
      expect(out.text).toContain(formatDate('2026-10-12', lang));
      expect(out.text).toContain(formatDate('2026-10-14', lang));
      expect(out.html).toContain(`href="${LINK}"`);
      expect(out.text).toContain(LINK);
      expect(out.html).not.toContain('<script');
    });
  });

  it('writes each in Russian and Uzbek, not in English', () => {
    for (const { t } of cases) {
      const en = renderEmail(t, 'en');
      for (const lang of ['ru', 'uz'] as const) {
        expect(renderEmail(t, lang).subject).not.toBe(en.subject);
        expect(renderEmail(t, lang).text).not.toBe(en.text);
      }
    }
  });

  it('tells the confirmer what is asked, by whom, and who confirms', () => {
    const out = renderEmail({ template: 'activity_proposed', activity: notice, proposedBy: recorder, confirmer: 'dean', again: false, viewLink: LINK }, 'en');
    expect(out.subject).toBe('Activity to confirm: Guest lecture “Guest lectures in condensed-matter physics”');
    expect(out.text).toContain('Aziz Rakhimov <faculty@uni.example> has proposed the guest lecture “Guest lectures in condensed-matter physics” (Faculty of Physics, 12 October 2026 – 14 October 2026).');
    expect(out.text).toContain('the faculty’s dean confirms them');
    expect(renderEmail({ template: 'activity_proposed', activity: notice, proposedBy: recorder, confirmer: 'dean', again: false, viewLink: LINK }, 'ru').text).toContain('Гостевая лекция'.toLowerCase());
  });

  it('gives the return’s comment under its label, and says the edit proposes it again', () => {
    const out = renderEmail({ template: 'activity_decided', activity: notice, confirmed: false, decidedByName: 'Olga Petrova', comment: 'Add the number of students.', viewLink: LINK }, 'en');
    expect(out.subject).toBe('Returned: Guest lecture “Guest lectures in condensed-matter physics”');
    expect(out.text).toContain('Comment:');
    expect(out.text).toContain('Add the number of students.');
    expect(out.text).toContain('it is proposed for confirmation again');
  });

  it('tells the confirmer who cancelled it, why, and that nothing is left to confirm', () => {
    const out = renderEmail({ template: 'activity_cancelled', activity: notice, cancelledBy: recorder, reason: 'The guest fell ill.', viewLink: LINK }, 'en');
    expect(out.subject).toBe('Cancelled, nothing to confirm: Guest lecture “Guest lectures in condensed-matter physics”');
    expect(out.text).toContain('Aziz Rakhimov <faculty@uni.example> cancelled the guest lecture “Guest lectures in condensed-matter physics” (Faculty of Physics, 12 October 2026 – 14 October 2026)');
    expect(out.text).toContain('Their reason:');
    expect(out.text).toContain('The guest fell ill.');
    expect(renderEmail({ template: 'activity_cancelled', activity: notice, cancelledBy: recorder, viewLink: LINK }, 'en').text).not.toContain('Their reason:');
  });

  it.each(['en', 'ru', 'uz'] as const)('names the cancelled room, its residence and the stay’s dates in %s', (lang) => {
    const out = renderEmail(
      { template: 'room_cancelled', subject: { kind: 'nomination', reference: 'NOM-2026-0001', title: NASTY, submitterName: 'A' }, residence: 'Student House 2', room: '101', from: '2027-08-30', to: '2028-02-01' },
      lang,
    );
    expect(out.subject).toContain('NOM-2026-0001');
    expect(out.text).toContain('Student House 2');
    expect(out.text).toContain('101');
    expect(out.text).toContain(formatDate('2027-08-30', lang));
    expect(out.text).toContain(formatDate('2028-02-01', lang));
    expect(out.subject).not.toBe(renderEmail({ template: 'room_assigned', subject: { kind: 'nomination', reference: 'NOM-2026-0001', title: NASTY, submitterName: 'A' }, residence: 'Student House 2', room: '101', from: '2027-08-30', to: '2028-02-01' }, lang).subject);
  });
});

describe('a cancelled room in the item’s history', () => {
  const event = { type: 'room_cancelled', at: AT, actor: office, residence: 'Student House 2', room: '101', from: '2027-08-30', to: '2028-02-01' };

  it.each(['en', 'ru', 'uz'] as const)('says in %s who took back which room of which residence, for which stay', (lang) => {
    // Act
    const line = historyLine(event, plainSpeech(lang));

    // Assess
    for (const part of ['Malika Yusupova', 'Student House 2', '101', 'day 2027-08-30', 'day 2028-02-01']) expect(line).toContain(part);
    expect(line).not.toBe(historyLine({ ...event, type: 'room_assigned' }, plainSpeech(lang)));
  });
});
