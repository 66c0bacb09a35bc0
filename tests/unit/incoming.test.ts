/** An incoming student's rules: contacts only when incoming, the passport's warnings, who reads the data, the arrival, and the keeping time. */
import { describe, expect, it } from 'vitest';
import { ConflictError, ForbiddenError, ValidationError } from '../../shared/errors';
import { InvitationDataSchema, NominationInputSchema, type Nomination } from '../../shared/schemas';
import { exampleOf } from '../../shared/schemas/common';
import {
  askedFor,
  checkInvitationDataWritable,
  incomingProblems,
  motivationProblems,
  invitationDataDeleteOn,
  invitationProblems,
  mayReadInvitationData,
  passportWarnings,
  recordArrival,
} from '../../shared/workflow';

const iro = { email: 'iro@uni.example', name: 'Nodira Alimova' };
const now = '2027-09-02T08:00:00.000Z';
const content = { ...(exampleOf(NominationInputSchema) as Nomination['content']), direction: 'incoming' as const };
const nomination = (over: Partial<Nomination> = {}): Nomination =>
  ({
    kind: 'nomination',
    id: 'n1',
    reference: 'NOM-2027-0001',
    status: 'approved',
    version: 5,
    submitter: { email: 'faculty@uni.example', name: 'Farida' },
    content,
    createdAt: '2027-03-01T00:00:00.000Z',
    updatedAt: '2027-04-01T00:00:00.000Z',
    review: { round: 1, stepIndex: 3, steps: [{ id: 's1', role: 'head_of_department', scope: 'department', policy: 'any', approvers: [{ email: 'head.physics@uni.example', name: 'Bobur' }] }] },
    ...over,
  }) as unknown as Nomination;
const data = { nationality: 'KZ', dateOfBirth: '2004-05-17', passportNumber: 'N12345678', passportExpiry: '2031-03-01' };

describe('an incoming nomination’s home contacts', () => {
  it('are refused on an outgoing nomination, on the field', () => {
    expect(incomingProblems({ direction: 'outgoing', incoming: { homeContact: iro, coordinator: iro } })).toEqual([{ path: 'incoming', message: expect.any(String) }]);
    expect(incomingProblems({ direction: 'incoming', incoming: { homeContact: iro, coordinator: iro } })).toEqual([]);
  });
});

describe('an incoming nomination’s motivation', () => {
  it('is not asked: the sending university chose the student; an outgoing one needs it, on its field', () => {
    expect(askedFor('motivation', 'incoming')).toBe(false);
    expect(askedFor('motivation', 'outgoing')).toBe(true);
    expect(motivationProblems({ direction: 'incoming' })).toEqual([]);
    expect(motivationProblems({ direction: 'outgoing', motivation: '  ' })).toEqual([{ path: 'motivation', message: 'An outgoing nomination needs its motivation' }]);
  });

  it('is what the API’s schema agrees on, saying a missing one with every other problem', () => {
    const { motivation: _m, ...without } = content;
    expect(NominationInputSchema.safeParse(without).success).toBe(true);
    expect(NominationInputSchema.safeParse({ ...without, motivation: 'The partner’s nomination letter.' }).success).toBe(true);
    const outgoing = NominationInputSchema.safeParse({ ...without, direction: 'outgoing', academicYear: '2027-2028' });
    expect(outgoing.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['academicYear', 'motivation']);
  });
});

describe('the invitation data', () => {
  it('is parsed to what the letter prints: the country upper-cased, the passport without spaces', () => {
    expect(InvitationDataSchema.parse({ ...data, nationality: ' kz ', passportNumber: 'n 1234 5678' })).toEqual({ ...data, passportNumber: 'N12345678' });
    expect(InvitationDataSchema.safeParse({ ...data, nationality: 'XX' }).success).toBe(false);
    expect(InvitationDataSchema.safeParse({ ...data, passportNumber: '12' }).success).toBe(false);
    expect(InvitationDataSchema.safeParse({ ...data, dateOfBirth: '2004-02-30' }).success).toBe(false);
    expect(InvitationDataSchema.safeParse({ ...data, religion: 'none' }).success).toBe(false); // no more than the letter needs
  });

  it('refuses a birth date no student has', () => {
    expect(invitationProblems({ ...data, dateOfBirth: '1899-12-31' }, '2027-09-02')).toHaveLength(1);
    expect(invitationProblems({ ...data, dateOfBirth: '2014-01-01' }, '2027-09-02')).toEqual([{ path: 'dateOfBirth', message: 'Not a plausible date of birth' }]);
    expect(invitationProblems(data, '2027-09-02')).toEqual([]);
  });

  it('warns, without refusing, of a passport that runs out before the planned end or has run out', () => {
    // The example is planned 2027-09-01 to 2028-01-31.
    expect(passportWarnings({ ...data, passportExpiry: '2028-01-30' }, content, '2027-04-01')).toEqual([{ path: 'passportExpiry', message: expect.stringContaining('2028-01-31') }]);
    expect(passportWarnings({ ...data, passportExpiry: '2028-01-31' }, content, '2027-04-01')).toEqual([]);
    expect(passportWarnings({ ...data, passportExpiry: '2027-03-31' }, content, '2027-04-01')[0]!.message).toMatch(/expired/);
  });

  it('is read by the office and the chain’s approvers only', () => {
    const n = nomination();
    expect(mayReadInvitationData(n, { email: 'iro@uni.example', asOffice: true })).toBe(true);
    expect(mayReadInvitationData(n, { email: 'head.physics@uni.example', asOffice: false })).toBe(true);
    expect(mayReadInvitationData(n, { email: 'faculty@uni.example', asOffice: false })).toBe(false);
    expect(mayReadInvitationData(n, { email: 'legal@uni.example', asOffice: false })).toBe(false);
  });

  it('is given by the submitter while the nomination can change, by the office until it is over, and only when incoming', () => {
    const submitter = { email: 'faculty@uni.example', asOffice: false };
    expect(() => checkInvitationDataWritable(nomination({ status: 'in_review' }), submitter)).not.toThrow();
    expect(() => checkInvitationDataWritable(nomination({ status: 'approved' }), submitter)).toThrow(ConflictError);
    expect(() => checkInvitationDataWritable(nomination({ status: 'approved' }), { email: 'iro@uni.example', asOffice: true })).not.toThrow();
    expect(() => checkInvitationDataWritable(nomination({ status: 'completed' }), { email: 'iro@uni.example', asOffice: true })).toThrow(ConflictError);
    expect(() => checkInvitationDataWritable(nomination({ status: 'in_review' }), { email: 'legal@uni.example', asOffice: false })).toThrow(ForbiddenError);
    expect(() => checkInvitationDataWritable(nomination({ content: { ...content, direction: 'outgoing' } }), submitter)).toThrow(ConflictError);
  });
});

describe('the arrival', () => {
  const arrive = (n: Nomination, arrivalDate = '2027-08-30', asOffice = true) => recordArrival(n, { actor: iro, asOffice, arrivalDate, now });

  it('is recorded on an approved or accepted incoming nomination, with an event, and moves it to arrived', () => {
    for (const status of ['approved', 'accepted_by_partner'] as const) {
      const moved = arrive(nomination({ status }));
      expect(moved.entity).toMatchObject({ status: 'arrived', version: 6, arrival: { date: '2027-08-30', by: iro, at: now } });
      expect(moved.event).toEqual({ type: 'arrived', at: now, actor: iro, arrivalDate: '2027-08-30' });
    }
  });

  it('is refused with the current state: before approval, after the end, twice, or on an outgoing nomination', () => {
    for (const status of ['in_review', 'rejected', 'withdrawn', 'declined_by_partner', 'completed', 'arrived'] as const) {
      expect(() => arrive(nomination({ status }))).toThrow(ConflictError);
    }
    const once = arrive(nomination()).entity;
    try {
      arrive(once);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConflictError);
      expect((error as ConflictError).details).toMatchObject({ status: 'arrived', arrival: { date: '2027-08-30' } });
    }
    expect(() => arrive(nomination({ content: { ...content, direction: 'outgoing' } }))).toThrow(/outgoing/);
  });

  it('is the office’s, and not in the future', () => {
    expect(() => arrive(nomination(), '2027-08-30', false)).toThrow(ForbiddenError);
    expect(() => arrive(nomination(), '2027-09-03')).toThrow(ValidationError);
    expect(() => arrive(nomination(), '2027-09-02')).not.toThrow();
  });
});

describe('the keeping time of the invitation data', () => {
  it('ends two years after completion, 90 days after a refusal, and not while the nomination is under way', () => {
    expect(invitationDataDeleteOn({ status: 'completed', updatedAt: '2028-02-10T09:00:00.000Z', completion: { actualStartDate: '2027-09-01', actualEndDate: '2028-01-31', by: iro, at: '2028-02-10T09:00:00.000Z' } })).toBe('2030-02-10');
    expect(invitationDataDeleteOn({ status: 'rejected', updatedAt: '2027-04-01T10:00:00.000Z' })).toBe('2027-06-30');
    expect(invitationDataDeleteOn({ status: 'withdrawn', updatedAt: '2027-04-01T10:00:00.000Z' })).toBe('2027-06-30');
    expect(invitationDataDeleteOn({ status: 'declined_by_partner', updatedAt: '2027-04-01T10:00:00.000Z' })).toBe('2027-06-30');
    // An arrived student is still on the mobility: the data is kept until two years after its completion.
    for (const status of ['in_review', 'changes_requested', 'approved', 'accepted_by_partner', 'arrived'] as const) {
      expect(invitationDataDeleteOn({ status, updatedAt: '2020-01-01T00:00:00.000Z' })).toBeUndefined();
    }
  });
});
