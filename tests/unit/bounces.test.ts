/**
 * Reading SES bounce and complaint events, planning the office's notice, and its wording: pure,
 * no I/O. The integration test (tests/integration/bounces.test.ts) runs the same path for real.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SesMailEventSchema, undeliverableFrom } from '../../functions/bounces/ses-event';
import { planMails } from '../../functions/notifier/plan';
import { renderEmail } from '../../functions/notifier/templates';
import type { MailUndeliverable } from '../../functions/lib/db/notices';
import type { EventSubject } from '../../functions/lib/db/submissions';
import { mailTags } from '../../functions/notifier/notify';
import { activitiesPage } from '../../functions/notifier/plan';
import type { ActivityNotice } from '../../shared/activity-rules';

const detail = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures/events/ses/${name}.json`, import.meta.url), 'utf8')).detail;
const NASTY = '<img src=x onerror=alert(1)> & "quotes"';

describe('reading SES events', () => {
  it('finds the permanently bounced address, what the server said, and the item the email was about', () => {
    const finding = undeliverableFrom(SesMailEventSchema.parse(detail('bounce-permanent')));

    expect(finding.recipients).toEqual([{ email: 'head.physics@uni.example', cause: 'bounce', detail: expect.stringContaining('550 5.1.1') }]);
    expect(finding.template).toBe('action_request');
    expect(finding.about).toEqual({ kind: 'nomination', id: '00000000-0000-4000-8000-000000000000' });
    expect(finding.messageId).toMatch(/^0107/);
  });

  it('treats a complaint as undeliverable too, and an untagged message as about no item', () => {
    const finding = undeliverableFrom(SesMailEventSchema.parse(detail('complaint')));

    expect(finding.recipients).toEqual([{ email: 'faculty@uni.example', cause: 'complaint', detail: 'abuse' }]);
    expect(finding.about).toBeUndefined();
  });

  it('finds nothing lasting in a transient or undetermined bounce', () => {
    for (const bounceType of ['Transient', 'Undetermined']) {
      const event = detail('bounce-permanent');
      event.bounce.bounceType = bounceType;
      expect(undeliverableFrom(SesMailEventSchema.parse(event)).recipients, bounceType).toEqual([]);
    }
  });

  it('normalises the address and ignores a kind tag it does not know', () => {
    const event = detail('bounce-permanent');
    event.bounce.bouncedRecipients[0].emailAddress = '  Head.Physics@UNI.example ';
    event.mail.tags['hamkor-kind'] = ['invoice'];
    const finding = undeliverableFrom(SesMailEventSchema.parse(event));

    expect(finding.recipients[0]!.email).toBe('head.physics@uni.example');
    expect(finding.about).toBeUndefined();
  });

  it('refuses an event without a message id or with recipients that are not a list', () => {
    const noId = detail('bounce-permanent');
    delete noId.mail.messageId;
    const badRecipients = detail('bounce-permanent');
    badRecipients.bounce.bouncedRecipients = 'head.physics@uni.example';

    expect(SesMailEventSchema.safeParse(noId).success).toBe(false);
    expect(SesMailEventSchema.safeParse(badRecipients).success).toBe(false);
  });
});

describe('the notice to the office', () => {
  const subject: EventSubject = { kind: 'nomination', id: 'n1', reference: 'NOM-2026-0007', title: NASTY, submitter: { email: 'faculty@uni.example', name: 'Aziz Rakhimov' } };
  const event: MailUndeliverable = {
    type: 'mail_undeliverable',
    at: '2026-11-20T09:16:00.000Z',
    email: 'head.physics@uni.example',
    cause: 'bounce',
    detail: NASTY,
    template: 'action_request',
    waitingAt: { role: 'head_of_department', round: 1, stepIndex: 0 },
  };
  const admins = [
    { email: 'admin@uni.example', name: 'Malika Yusupova' },
    { email: 'head.physics@uni.example', name: 'Bobur Karimov' },
  ];

  it('goes to every administrator except the unreachable address itself, with a link to the item', () => {
    const mails = planMails(event, subject, { appUrl: 'http://localhost:3000', admins, signinMinutes: 15 });

    expect(mails.map((m) => [m.to.email, m.template])).toEqual([['admin@uni.example', 'undeliverable_notice']]);
    expect(mails[0]!.render(undefined)).toMatchObject({ viewLink: 'http://localhost:3000/nominations/n1', waitingRole: 'head_of_department' });
  });

  it('says, in each language, who is unreachable, what the server said (escaped) and which step waits on them', () => {
    const t = planMails(event, subject, { appUrl: 'http://localhost:3000', admins, signinMinutes: 15 })[0]!.render(undefined);
    const words = { en: 'Head of department', ru: 'Заведующий кафедрой', uz: 'Kafedra mudiri' } as const;

    for (const lang of ['en', 'ru', 'uz'] as const) {
      const mail = renderEmail(t, lang);
      expect(mail.subject, lang).toContain('head.physics@uni.example');
      expect(mail.subject, lang).toContain('NOM-2026-0007');
      expect(mail.text, lang).toContain(NASTY);
      expect(mail.html, lang).not.toContain('<img src=x');
      expect(mail.html, lang).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(mail.text, lang).toContain(words[lang]);
      expect(mail.html, lang).toContain('href="http://localhost:3000/nominations/n1"');
    }
  });
});

describe('an activity’s email and its bounce', () => {
  const notice: ActivityNotice = { id: 'a1', kind: 'guest_lecture', title: NASTY, faculty: { id: 'physics', name: 'Faculty of Physics', names: { ru: 'Физический факультет', uz: 'Fizika fakulteti' } }, startDate: '2026-10-12', endDate: '2026-10-14' };
  const admins = [{ email: 'admin@uni.example', name: 'Malika Yusupova' }];
  const bounced: MailUndeliverable = { type: 'mail_undeliverable', at: '2026-11-21T10:02:13.000Z', email: 'dean.physics@uni.example', cause: 'bounce', detail: '550 5.1.1', template: 'activity_proposed', activity: notice, confirmationWaiting: true };

  it('is tagged with the activity it is about, as a nomination’s email is with the nomination', () => {
    // Act
    const tags = mailTags('activity_proposed', undefined, { type: 'activity_proposed', at: '2026-11-21T10:00:00.000Z', actor: admins[0]!, confirmer: 'dean', again: false, activity: notice });

    // Assess
    expect(tags).toEqual({ 'hamkor-template': 'activity_proposed', 'hamkor-kind': 'activity', 'hamkor-id': 'a1' });
    expect(mailTags('signin_link', undefined, { type: 'signin_requested', at: '2026-11-21T10:00:00.000Z', email: 'a@uni.example' })).toEqual({ 'hamkor-template': 'signin_link' });
  });

  it('is read from SES’s event as about that activity', () => {
    // Act
    const finding = undeliverableFrom(SesMailEventSchema.parse(detail('bounce-activity')));

    // Assess
    expect(finding.about).toEqual({ kind: 'activity', id: '11111111-1111-4111-8111-111111111111' });
    expect(finding.template).toBe('activity_proposed');
    expect(finding.recipients).toEqual([{ email: 'dean.physics@uni.example', cause: 'bounce', detail: expect.stringContaining('5.1.1') }]);
  });

  it('is noticed to the administrators with the activities page opening that activity', () => {
    // Act
    const mails = planMails(bounced, undefined, { appUrl: 'http://localhost:3000', admins, signinMinutes: 15 });

    // Assess
    expect(mails.map((m) => [m.to.email, m.template])).toEqual([['admin@uni.example', 'undeliverable_notice']]);
    expect(mails[0]!.render(undefined)).toMatchObject({ activity: notice, confirmationWaiting: true, viewLink: activitiesPage('http://localhost:3000', 'a1') });
  });

  it.each(['en', 'ru', 'uz'] as const)('names the activity, its faculty and that it waits on the confirmer in %s, escaping user text', (lang) => {
    // Act
    const waiting = renderEmail({ template: 'undeliverable_notice', activity: notice, confirmationWaiting: true, email: 'dean.physics@uni.example', cause: 'bounce', detail: '550', viewLink: activitiesPage('http://localhost:3000', 'a1') }, lang);
    const done = renderEmail({ template: 'undeliverable_notice', activity: notice, email: 'dean.physics@uni.example', cause: 'bounce', detail: '550', viewLink: activitiesPage('http://localhost:3000', 'a1') }, lang);

    // Assess
    expect(waiting.subject).toContain('dean.physics@uni.example');
    expect(waiting.subject).toContain(NASTY);
    expect(waiting.text).toContain(lang === 'en' ? 'Faculty of Physics' : notice.faculty.names![lang]);
    expect(waiting.text).toContain('http://localhost:3000/office/activities?activity=a1');
    expect(waiting.html).not.toContain('<img');
    expect(waiting.text).not.toBe(done.text);
  });
});
