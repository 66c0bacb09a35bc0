/** An agreement after approval, pure: signatures, the watch, termination, renewal. */
import { describe, expect, it } from 'vitest';
import { ConflictError, ForbiddenError, ValidationError } from '../../shared/errors';
import type { Agreement } from '../../shared/schemas';
import { addYearsToDate, nextWatchAt, recordSignature, renewalContent, terminate, watch, type Moved } from '../../shared/workflow';

const office = { email: 'iro@uni.example', name: 'Nodira Alimova' };

function agreement(overrides: Partial<Agreement> = {}, content: Partial<Agreement['content']> = {}): Agreement {
  return {
    kind: 'memorandum',
    id: 'a1',
    reference: 'AGR-2026-0001',
    status: 'approved',
    version: 5,
    submitter: { email: 'faculty@uni.example', name: 'Aziz Rakhimov' },
    createdAt: '2026-01-10T08:00:00.000Z',
    updatedAt: '2026-01-10T08:00:00.000Z',
    content: {
      partnerId: 'osh-state-university',
      kind: 'academic_mobility_agreement',
      scope: ['student_exchange'],
      cooperationConditions: [{ type: 'student_studies', sender: 'home', mobilitiesPerYear: 3, subjectAreas: [], eqfLevels: [], languages: [], academicYears: [] }],
      startDate: '2026-03-01',
      endDate: '2027-02-28',
      coordinator: { name: 'Aziz Rakhimov', email: 'faculty@uni.example' },
      initiatingFaculty: 'physics',
      summary: 'Exchange.',
      ...content,
    },
    ...overrides,
  };
}

const sign = (a: Agreement, party: 'home' | 'partner', now: string) =>
  recordSignature(a, { actor: office, asOffice: true, party, date: now.slice(0, 10), signatoryName: 'Rector', signatoryPosition: 'Rector', now });

/** Runs the watch day by day from `from` to `to`, collecting every event. */
function watchDays(a: Agreement, from: string, to: string): { agreement: Agreement; events: Moved<Agreement>['event'][] } {
  const events: Moved<Agreement>['event'][] = [];
  let current = a;
  for (let day = Date.parse(`${from}T06:00:00Z`); day <= Date.parse(`${to}T06:00:00Z`); day += 86_400_000) {
    const now = new Date(day).toISOString();
    for (let moved = watch(current, now); moved; moved = watch(current, now)) {
      events.push(moved.event);
      current = moved.entity;
    }
  }
  return { agreement: current, events };
}

describe('signatures', () => {
  it('bring the agreement into force when both sides have signed and the start date has come', () => {
    const home = sign(agreement(), 'home', '2026-03-05T09:00:00.000Z');
    expect(home.entity.status).toBe('approved');
    expect(home.event).toMatchObject({ type: 'signed', party: 'home', activated: false });

    const both = sign(home.entity, 'partner', '2026-03-06T09:00:00.000Z');
    expect(both.entity).toMatchObject({ status: 'active', version: 7, activatedAt: '2026-03-06T09:00:00.000Z' });
    expect(both.event).toMatchObject({ type: 'signed', party: 'partner', activated: true });
  });

  it('wait for the start date, and the watch brings the agreement into force on that day', () => {
    const signed = sign(sign(agreement(), 'home', '2026-01-20T09:00:00.000Z').entity, 'partner', '2026-01-21T09:00:00.000Z').entity;
    expect(signed.status).toBe('approved');
    expect(nextWatchAt(signed)).toBe('2026-03-01T00:00:00.000Z');

    expect(watch(signed, '2026-02-28T23:00:00.000Z')).toBeNull();
    expect(watch(signed, '2026-03-01T00:30:00.000Z')).toMatchObject({ entity: { status: 'active' }, event: { type: 'activated' } });
  });

  it('are for the international office only, after approval, and never dated in the future', () => {
    expect(() => recordSignature(agreement(), { actor: office, asOffice: false, party: 'home', date: '2026-01-01', signatoryName: 'A', signatoryPosition: 'B', now: '2026-02-01T00:00:00Z' })).toThrow(ForbiddenError);
    expect(() => sign(agreement({ status: 'in_review' }), 'home', '2026-02-01T00:00:00.000Z')).toThrow(ConflictError);
    expect(() => recordSignature(agreement(), { actor: office, asOffice: true, party: 'home', date: '2026-02-02', signatoryName: 'A', signatoryPosition: 'B', now: '2026-02-01T10:00:00Z' })).toThrow(ValidationError);
  });

  it('may be filled in once for an agreement in force with none on record, which stays as it is', () => {
    const imported = agreement({ status: 'active', activatedAt: '2024-09-01T00:00:00.000Z' });

    const home = sign(imported, 'home', '2026-04-01T09:00:00.000Z');

    expect(home.entity).toMatchObject({ status: 'active', activatedAt: '2024-09-01T00:00:00.000Z', version: 6, signatures: { home: { signatoryName: 'Rector' } } });
    expect(home.event).toMatchObject({ type: 'signed', party: 'home', activated: false });
    expect(() => sign(home.entity, 'home', '2026-04-02T09:00:00.000Z')).toThrow(ConflictError);
    expect(sign(home.entity, 'partner', '2026-04-02T09:00:00.000Z').entity.status).toBe('active');
    expect(() => sign(agreement({ status: 'expired' }), 'home', '2026-04-01T09:00:00.000Z')).toThrow(ConflictError);
  });
});

describe('the watch over an agreement in force', () => {
  const active = agreement({ status: 'active' }, { startDate: '2026-03-01', endDate: '2027-02-28' });

  it('reminds 180, 90, 30 and 7 days before the end, each once, then expires it on the end date', () => {
    const { agreement: last, events } = watchDays(active, '2026-08-01', '2027-03-02');

    expect(events.map((e) => (e.type === 'expiry_reminder' ? `${e.type}@${e.at.slice(0, 10)}:${e.daysLeft}` : `${e.type}@${e.at.slice(0, 10)}`))).toEqual([
      'expiry_reminder@2026-09-01:180',
      'expiry_reminder@2026-11-30:90',
      'expiry_reminder@2027-01-29:30',
      'expiry_reminder@2027-02-21:7',
      'expired@2027-02-28',
    ]);
    expect(last.status).toBe('expired');
    expect(nextWatchAt(last)).toBeUndefined();
  });

  it('sends only the nearest reminder when it starts watching late, and marks the passed ones', () => {
    const { events } = watchDays(active, '2027-02-01', '2027-02-10');

    expect(events).toEqual([expect.objectContaining({ type: 'expiry_reminder', threshold: 30, daysLeft: 27 })]);
  });

  it('keys the index on the next thing that will happen', () => {
    expect(nextWatchAt(active)).toBe('2026-09-01T00:00:00.000Z');
    expect(nextWatchAt({ ...active, expiryRemindersSent: [180, 90, 30, 7] })).toBe('2027-02-28T00:00:00.000Z');
    expect(nextWatchAt(agreement({ status: 'active' }, { endDate: null }))).toBeUndefined();
    expect(nextWatchAt(agreement({ status: 'expired' }))).toBeUndefined();
  });
});

describe('termination', () => {
  const active = agreement({ status: 'active' });
  const cmd = { actor: office, asOffice: true, reason: 'No mobility for three years.', now: '2026-06-01T10:00:00.000Z' };

  it('takes effect at once when its date has come', () => {
    const t = terminate(active, { ...cmd, noticeDate: '2026-06-01', effectiveDate: '2026-06-01' });
    expect(t.entity.status).toBe('terminated');
    expect(t.event).toMatchObject({ type: 'termination_recorded', terminated: true });
  });

  it('is carried out by the watch on its effective date when that is later', () => {
    const t = terminate(active, { ...cmd, noticeDate: '2026-06-01', effectiveDate: '2026-08-31' });
    expect(t.entity.status).toBe('active');
    expect(nextWatchAt(t.entity)).toBe('2026-08-31T00:00:00.000Z');
    expect(watch(t.entity, '2026-08-31T01:00:00.000Z')).toMatchObject({ entity: { status: 'terminated' }, event: { type: 'terminated', effectiveDate: '2026-08-31' } });
  });

  it('needs one academic year’s notice for an Erasmus+ inter-institutional agreement', () => {
    const iia = agreement({ status: 'active' }, { kind: 'erasmus_plus_iia' });
    expect(() => terminate(iia, { ...cmd, noticeDate: '2026-06-01', effectiveDate: '2027-05-31' })).toThrow(/one academic year/);
    try {
      terminate(iia, { ...cmd, noticeDate: '2026-06-01', effectiveDate: '2027-05-31' });
    } catch (error) {
      expect((error as ValidationError).fields).toEqual([{ path: 'effectiveDate', message: 'With notice given on 2026-06-01, no earlier than 2027-06-01' }]);
    }
    expect(terminate(iia, { ...cmd, noticeDate: '2026-06-01', effectiveDate: '2027-06-01' }).entity.termination?.effectiveDate).toBe('2027-06-01');
  });

  it('is recorded once, and only by the international office', () => {
    const t = terminate(active, { ...cmd, noticeDate: '2026-06-01', effectiveDate: '2026-08-31' }).entity;
    expect(() => terminate(t, { ...cmd, noticeDate: '2026-06-02', effectiveDate: '2026-09-30' })).toThrow(ConflictError);
    expect(() => terminate(active, { ...cmd, asOffice: false, noticeDate: '2026-06-01', effectiveDate: '2026-08-31' })).toThrow(ForbiddenError);
  });

  it('ends an approved agreement on its effective date, before it ever comes into force when that is before its start', () => {
    // Prepare: signed on both sides, to start on 1 March 2026; the termination takes effect on 15 February.
    const signed = sign(sign(agreement(), 'home', '2026-01-20T09:00:00.000Z').entity, 'partner', '2026-01-21T09:00:00.000Z').entity;
    const t = terminate(signed, { ...cmd, now: '2026-01-25T10:00:00.000Z', noticeDate: '2026-01-25', effectiveDate: '2026-02-15' }).entity;

    // Act
    const run = watchDays(t, '2026-01-26', '2026-03-10');

    // Assess
    expect(t.status).toBe('approved');
    expect(nextWatchAt(t)).toBe('2026-02-15T00:00:00.000Z');
    expect(run.events.map((e) => e.type)).toEqual(['terminated']);
    expect(run.agreement.status).toBe('terminated');
  });

  it('after the start of an approved agreement lets it come into force first, then ends it', () => {
    const signed = sign(sign(agreement(), 'home', '2026-01-20T09:00:00.000Z').entity, 'partner', '2026-01-21T09:00:00.000Z').entity;
    const t = terminate(signed, { ...cmd, now: '2026-01-25T10:00:00.000Z', noticeDate: '2026-01-25', effectiveDate: '2026-04-30' }).entity;

    const run = watchDays(t, '2026-01-26', '2026-05-10');

    expect(run.events.map((e) => e.type)).toEqual(['activated', 'terminated']);
    expect(run.agreement.status).toBe('terminated');
  });

  it('counts a year from 29 February as ending on 28 February', () => {
    expect(addYearsToDate('2028-02-29', 1)).toBe('2029-02-28');
  });
});

describe('renewal', () => {
  it('starts the day after the old one ends, runs as long, and keeps the conditions for every year', () => {
    const old = agreement({ status: 'active' }, { startDate: '2022-09-01', endDate: '2027-08-31' });

    const renewed = renewalContent(old, {}, '2027-03-01');

    expect(renewed).toMatchObject({ startDate: '2027-09-01', endDate: '2032-08-31', partnerId: 'osh-state-university' });
    expect(renewed.cooperationConditions[0]!.academicYears).toEqual([]);
  });

  it('takes the office’s changes, and refuses an agreement already renewed or never approved', () => {
    const old = agreement({ status: 'expired' });
    expect(renewalContent(old, { endDate: null, summary: 'Open-ended now.' }, '2027-05-01')).toMatchObject({ startDate: '2027-05-01', endDate: null, summary: 'Open-ended now.' });
    expect(() => renewalContent({ ...old, renewedBy: 'a2' }, {}, '2027-05-01')).toThrow(ConflictError);
    expect(() => renewalContent(agreement({ status: 'rejected' }), {}, '2027-05-01')).toThrow(ConflictError);
  });

  it('refuses an agreement with a termination recorded: it is being ended, not carried on', () => {
    const ending = terminate(agreement({ status: 'active' }), { actor: office, asOffice: true, reason: 'No mobility.', now: '2026-06-01T10:00:00.000Z', noticeDate: '2026-06-01', effectiveDate: '2026-12-31' }).entity;

    expect(() => renewalContent(ending, {}, '2026-06-02')).toThrow(/termination taking effect on 2026-12-31 is recorded/);
  });
});
