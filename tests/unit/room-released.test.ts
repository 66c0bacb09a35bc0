/**
 * A room given back because its nomination ended (withdrawn, declined by the partner): the same
 * `room_cancelled` event as the office's own cancellation, with the end as its `reason`
 * (shared/workflow/housing.ts `roomGivenBack`); who the notifier tells (only who would not know);
 * what the email says in English, Russian and Uzbek; and the history's line.
 */
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../shared/i18n';
import { roomGivenBack } from '../../shared/workflow/housing';
import type { OfficeEvent } from '../../shared/workflow/types';
import { planMails } from '../../functions/notifier/plan';
import { renderEmail } from '../../functions/notifier/templates';
import { eventNote, historyLine } from '../../web/src/item-words';
import { plainSpeech } from '../support/plain-speech';

const AT = '2027-06-01T09:00:00.000Z';
const submitter = { email: 'faculty@uni.example', name: 'Aziz Rakhimov' };
const office = { email: 'iro@uni.example', name: 'Malika Yusupova' };
const otherOffice = { email: 'iro2@uni.example', name: 'Second Officer' };
const coordinator = { email: 'anna.kowalska@osh.example', name: 'Anna Kowalska' };
const assignment = { residenceId: 'residence-2', room: '203', from: '2027-08-30', to: '2028-02-01', by: office, at: AT };
const subject = { kind: 'nomination' as const, id: 'n1', reference: 'NOM-2027-0001', title: 'Incoming: Guest Student', submitter };
const ctx = { appUrl: 'http://localhost:3000', admins: [], signinMinutes: 15 };
type RoomCancelled = Extract<OfficeEvent, { type: 'room_cancelled' }>;
const released = (over: Partial<RoomCancelled> = {}): RoomCancelled => ({
  type: 'room_cancelled',
  at: AT,
  actor: submitter,
  residence: 'Student House 2',
  room: '203',
  from: '2027-08-30',
  to: '2028-02-01',
  reason: 'withdrawn',
  assignedBy: office,
  ...over,
});
const sentTo = (event: RoomCancelled) => planMails(event, subject, ctx).map((m) => [m.to.email, m.template]);

describe('the event of a room given back', () => {
  it('is a room_cancelled with the nomination’s end as its reason, who ended it, and who gave the room', () => {
    // Act
    const event = roomGivenBack({ status: 'withdrawn', roomAssignment: assignment }, 'Student House 2', submitter, AT);

    // Assess
    expect(event).toEqual(released());
  });

  it('names a partner’s decline as such', () => {
    expect(roomGivenBack({ status: 'declined_by_partner', roomAssignment: assignment }, 'Student House 2', coordinator, AT)).toMatchObject({ reason: 'declined_by_partner', actor: coordinator });
  });

  it('is nothing for a move that keeps the room, or for a nomination without one', () => {
    expect(roomGivenBack({ status: 'accepted_by_partner', roomAssignment: assignment }, 'Student House 2', office, AT)).toBeUndefined();
    expect(roomGivenBack({ status: 'withdrawn' }, 'Student House 2', submitter, AT)).toBeUndefined();
  });
});

describe('who is told of a room given back', () => {
  it('tells who gave the room, not the submitter, when the submitter withdrew the nomination', () => {
    expect(sentTo(released())).toEqual([['iro@uni.example', 'room_released']]);
  });

  it('tells the submitter, not the office member who withdrew it, when the office withdrew it', () => {
    expect(sentTo(released({ actor: office }))).toEqual([['faculty@uni.example', 'room_released']]);
    expect(sentTo(released({ actor: otherOffice }))).toEqual([
      ['iro@uni.example', 'room_released'],
      ['faculty@uni.example', 'room_released'],
    ]);
  });

  it('tells who gave the room of a partner’s decline through its link, and not the submitter, whom the decline itself tells', () => {
    expect(sentTo(released({ actor: coordinator, reason: 'declined_by_partner' }))).toEqual([['iro@uni.example', 'room_released']]);
  });

  it('tells nobody when the office member who gave the room records the partner’s decline', () => {
    expect(sentTo(released({ actor: office, reason: 'declined_by_partner' }))).toEqual([]);
  });

  it('still tells the submitter, with the old email, when the office takes the room back itself', () => {
    expect(sentTo(released({ actor: office, reason: undefined, assignedBy: undefined }))).toEqual([['faculty@uni.example', 'room_cancelled']]);
  });

  it('renders who ended it and why, with the room, its residence and the stay', () => {
    // Act
    const mail = planMails(released(), subject, ctx)[0]!.render(undefined);

    // Assess
    expect(mail).toEqual({ template: 'room_released', subject: expect.objectContaining({ reference: 'NOM-2027-0001' }), residence: 'Student House 2', room: '203', from: '2027-08-30', to: '2028-02-01', reason: 'withdrawn', byName: 'Aziz Rakhimov' });
  });
});

describe('what the email of a room given back says', () => {
  const email = (lang: 'en' | 'ru' | 'uz', reason: 'withdrawn' | 'declined_by_partner' | 'rejected' = 'withdrawn') =>
    renderEmail({ template: 'room_released', subject: { kind: 'nomination', reference: 'NOM-2027-0001', title: '<b>Guest</b>', submitterName: 'A' }, residence: 'Student House 2', room: '203', from: '2027-08-30', to: '2028-02-01', reason, byName: 'Aziz Rakhimov' }, lang);

  it.each(['en', 'ru', 'uz'] as const)('names the nomination, the room, its residence, the stay and who ended it in %s, escaping user text', (lang) => {
    // Act
    const out = email(lang);

    // Assess
    expect(out.subject).toContain('NOM-2027-0001');
    for (const part of ['Student House 2', '203', formatDate('2027-08-30', lang), formatDate('2028-02-01', lang), 'Aziz Rakhimov']) expect(out.text).toContain(part);
    expect(out.html).not.toContain('<b>Guest</b>');
    expect(email(lang, 'declined_by_partner').text).not.toBe(out.text);
  });

  it('says in English that the room is free again because the nomination was withdrawn', () => {
    expect(email('en').subject).toBe('Room free again: NOM-2027-0001');
    expect(email('en').text).toContain('is free again: Aziz Rakhimov withdrew the nomination.');
  });
});

describe('a room given back in the item’s history', () => {

  it.each(['en', 'ru', 'uz'] as const)('says in %s why the room went, and shows no raw reason code as a note', (lang) => {
    // Prepare
    const event = released();

    // Act
    const line = historyLine(event, plainSpeech(lang));

    // Assess
    for (const part of ['Aziz Rakhimov', 'Student House 2', '203', 'day 2027-08-30', 'day 2028-02-01']) expect(line).toContain(part);
    expect(line).not.toContain('history.');
    expect(line).not.toBe(historyLine({ ...event, reason: undefined }, plainSpeech(lang)));
    expect(line).not.toBe(historyLine({ ...event, reason: 'declined_by_partner' }, plainSpeech(lang)));
    expect(eventNote(event)).toBeUndefined();
  });
});
