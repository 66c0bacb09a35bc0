/** The partner's answer by link, pure (shared/workflow/partner-answer.ts), and the mail it means (notifier/plan.ts). */
import { describe, expect, it } from 'vitest';
import type { Nomination } from '../../shared/schemas';
import { exampleOf, NominationInputSchema, type NominationInput } from '../../shared/schemas';
import { answerByLink, askPartner, partnerCoordinatorOf, partnerViewOf, remindPartner } from '../../shared/workflow';
import { planMails } from '../../functions/notifier/plan';
import { subjectOf } from '../../functions/lib/db/submissions';

const NOW = '2026-12-07T10:00:00.000Z';
const CONTACT = { email: 'anna@osh.example', name: 'Anna Kowalska', language: 'ru' as const };
const place = { agreementId: 'agr-osh-2024', academicYear: '2027/2028', direction: 'outgoing', mobilityType: 'semester_study' } as unknown as Nomination['place'];

function approved(overrides: Partial<Nomination> = {}): Nomination {
  return {
    kind: 'nomination',
    id: 'n1',
    reference: 'NOM-2026-0001',
    status: 'approved',
    version: 7,
    content: exampleOf(NominationInputSchema) as NominationInput,
    submitter: { email: 'faculty@uni.example', name: 'Faculty' },
    createdAt: NOW,
    updatedAt: NOW,
    place,
    partnerRequest: askPartner(CONTACT, NOW, 3),
    ...overrides,
  } as Nomination;
}

const names = { university: 'Demo State University', partner: 'Osh State University', agreement: 'AGR-2024-0003', faculty: 'Faculty of Physics' };

describe('the partner’s coordinator', () => {
  it('is the first contact with an email whose role names a coordinator, in any of the office’s languages', () => {
    expect(partnerCoordinatorOf([{ name: 'Rector', email: 'r@p.example', role: 'Rector' }])).toBeUndefined();
    expect(partnerCoordinatorOf([{ name: 'A', email: 'a@p.example', role: 'Rector' }, { name: 'B', email: 'b@p.example', role: 'Координатор мобильности', language: 'ru' }])).toEqual({ name: 'B', email: 'b@p.example', language: 'ru' });
    expect(partnerCoordinatorOf([{ name: 'C', email: 'c@p.example', role: 'Erasmus+ institutional coordinator' }])).toEqual({ name: 'C', email: 'c@p.example' });
    expect(partnerCoordinatorOf(undefined)).toBeUndefined();
  });

  it('is shown the nominee’s name, role and level and the mobility, never the nominee’s email or motivation', () => {
    const view = JSON.stringify(partnerViewOf(approved(), names));
    expect(view).toContain('Dilnoza Karimova');
    expect(view).not.toContain('dilnoza.karimova@student.uni.example');
    expect(view).not.toContain('motivation');
  });
});

describe('an answer by link', () => {
  const cmd = { contact: CONTACT, shownSnapshotHash: 'a'.repeat(64), currentSnapshotHash: 'a'.repeat(64), now: NOW };

  it('accepts, keeping the place, with the receipt’s hash', () => {
    const { entity, event } = answerByLink(approved(), { ...cmd, answer: 'accept' });
    expect(entity).toMatchObject({ status: 'accepted_by_partner', version: 8, place, partnerResponse: { accepted: true, viaLink: true, snapshotHash: 'a'.repeat(64), by: { email: CONTACT.email } } });
    expect(entity.partnerRequest).toBeUndefined();
    expect(event).toMatchObject({ type: 'partner_responded', accepted: true, viaLink: true });
  });

  it('declines only with a reason, and gives the place back', () => {
    expect(() => answerByLink(approved(), { ...cmd, answer: 'decline', reason: '  ' })).toThrow(expect.objectContaining({ name: 'ValidationError' }));
    const { entity, event } = answerByLink(approved(), { ...cmd, answer: 'decline', reason: 'No supervisor' });
    expect(entity.place).toBeUndefined();
    expect(event).toMatchObject({ type: 'partner_responded', accepted: false, reason: 'No supervisor', placeReturned: place });
  });

  it('is refused once the office has recorded the answer, naming it', () => {
    const answered = approved({ status: 'accepted_by_partner', partnerResponse: { accepted: true, by: { email: 'iro@uni.example', name: 'Office' }, at: NOW } });
    expect(() => answerByLink(answered, { ...cmd, answer: 'decline', reason: 'x' })).toThrow(
      expect.objectContaining({ code: 'already_answered', details: { status: 'accepted_by_partner', accepted: true, answeredBy: 'office', at: NOW } }),
    );
  });

  it('is refused on a snapshot other than the one shown', () => {
    expect(() => answerByLink(approved(), { ...cmd, currentSnapshotHash: 'b'.repeat(64), answer: 'accept' })).toThrow(expect.objectContaining({ code: 'snapshot_changed' }));
  });
});

describe('the partner’s reminders', () => {
  const cadence = { everyDays: 3, escalateAfter: 2 };

  it('come every few days with a fresh link, then the office is told once and they stop', () => {
    expect(remindPartner(approved(), { ...cadence, now: '2026-12-08T10:00:00.000Z' })).toBeNull();
    const first = remindPartner(approved(), { ...cadence, now: '2026-12-10T11:00:00.000Z' })!;
    expect(first.event).toMatchObject({ type: 'partner_reminded', count: 1 });
    const second = remindPartner(first.entity, { ...cadence, now: '2026-12-13T12:00:00.000Z' })!;
    const silent = remindPartner(second.entity, { ...cadence, now: '2026-12-16T13:00:00.000Z' })!;
    expect(silent.event).toMatchObject({ type: 'partner_unanswered', reminders: 2 });
    expect(silent.entity.partnerRequest?.nextReminderAt).toBeUndefined();
    expect(remindPartner(silent.entity, { ...cadence, now: '2026-12-30T13:00:00.000Z' })).toBeNull();
  });
});

describe('the mail of a final approval', () => {
  it('asks the partner’s coordinator in their language, with a partner link', () => {
    const n = approved();
    const subject = subjectOf(n, { en: 'Title', ru: 'Заголовок', uz: 'Sarlavha' });
    const event = { type: 'decided', outcome: 'approved', at: NOW, actor: { email: 'v@uni.example', name: 'V' }, round: 1, step: { index: 3, id: 's', role: 'vice_rector' }, decision: 'approve' } as never;
    const mails = planMails(event, subject, { appUrl: 'https://hamkor.example', admins: [], signinMinutes: 15 });
    const partner = mails.find((m) => m.template === 'partner_request')!;
    expect(partner).toMatchObject({ to: { email: CONTACT.email }, link: { purpose: 'partner' }, language: 'ru' });
  });
});
