/** The partner's signatory and an approved memorandum, pure (shared/workflow/partner-signing.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exampleOf, MemorandumInputSchema, type Agreement, type MemorandumInput } from '../../shared/schemas';
import { answerAsSignatory, partnerCoordinatorOf, recordSignature, recordSignedCopy, remindSignatory, sendToSignatory, signatoryOf } from '../../shared/workflow';
import { loadSeed, withDemoContacts } from '../../infra/local/seed';

const NOW = '2026-12-07T10:00:00.000Z';
const OFFICE = { email: 'iro@uni.example', name: 'International Office' };
const CONTACT = { email: 'rector@wust.example.org', name: 'Zhang Min', language: 'ru' as const };
const H1 = 'a'.repeat(64);
const H2 = 'b'.repeat(64);

function approved(overrides: Partial<Agreement> = {}): Agreement {
  return {
    kind: 'memorandum',
    id: 'a1',
    reference: 'AGR-2026-0007',
    status: 'approved',
    version: 5,
    content: { ...(exampleOf(MemorandumInputSchema) as MemorandumInput), startDate: '2026-12-01' },
    submitter: { email: 'faculty@uni.example', name: 'Faculty' },
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  } as Agreement;
}

const sent = (a = approved(), hash = H1) => sendToSignatory(a, { actor: OFFICE, contact: CONTACT, snapshotHash: hash, now: NOW, everyDays: 3 }).entity;
const answer = (a: Agreement, extra: Partial<Parameters<typeof answerAsSignatory>[1]>) =>
  answerAsSignatory(a, { round: a.partnerSigning?.round ?? 1, contact: CONTACT, answer: 'approve', name: 'Zhang Min', position: 'President', shownSnapshotHash: H1, now: NOW, ...extra });

describe('the partner’s signatory', () => {
  it('is the first contact with an email whose role names a signatory, in English, Russian or Uzbek', () => {
    expect(signatoryOf([{ name: 'A', email: 'a@p.example', role: 'Coordinator' }])).toBeUndefined();
    expect(signatoryOf([{ name: 'B', email: 'b@p.example', role: 'Подписант (ректор)', language: 'ru' }])).toEqual({ name: 'B', email: 'b@p.example', language: 'ru' });
    expect(signatoryOf([{ name: 'C', email: 'c@p.example', role: 'Imzolovchi' }])).toEqual({ name: 'C', email: 'c@p.example' });
  });

  it('is sent an approved memorandum as round 1, and each re-sending is the next round', () => {
    const first = sent();
    expect(first.partnerSigning).toMatchObject({ round: 1, state: 'awaiting', snapshotHash: H1, reminders: 0, nextReminderAt: '2026-12-10T10:00:00.000Z' });
    expect(sent(first, H2).partnerSigning).toMatchObject({ round: 2, snapshotHash: H2 });
    expect(() => sent(approved({ status: 'in_review' }))).toThrow(/in_review/);
  });

  it('asks for changes only with a comment, which hands the memorandum back; the same text cannot be sent again', () => {
    const a = sent();
    expect(() => answer(a, { answer: 'request_changes', comment: '  ' })).toThrow(/what should change/);
    const back = answer(a, { answer: 'request_changes', comment: 'Name our faculty of metallurgy.' });
    expect(back.entity.partnerSigning).toMatchObject({ state: 'changes_requested', changesRequested: { comment: 'Name our faculty of metallurgy.', snapshotHash: H1 } });
    expect(back.entity.partnerSigning?.nextReminderAt).toBeUndefined();
    expect(back.event).toMatchObject({ type: 'signatory_answered', answer: 'request_changes' });
    expect(() => sent(back.entity, H1)).toThrow(/change the memorandum/);
    expect(sent(back.entity, H2).partnerSigning).toMatchObject({ round: 2, state: 'awaiting' });
  });

  it('approves with name and position: the receipt holds the hash of the text shown; a text shown that is not the one sent is refused', () => {
    const a = sent();
    expect(() => answer(a, { name: '' })).toThrow(/name and position/);
    expect(() => answer(a, { shownSnapshotHash: H2 })).toThrow(/changed/);
    const ok = answer(a, {});
    expect(ok.entity.partnerSigning).toMatchObject({ state: 'approved', approval: { name: 'Zhang Min', position: 'President', snapshotHash: H1, at: NOW } });
    expect(ok.entity.status).toBe('approved');
    expect(() => answer(ok.entity, {})).toThrow(/no longer waiting/);
  });

  it('answers the link of an earlier round as replaced, and nothing once the office recorded the partner’s signature', () => {
    const a = sent(sent());
    expect(() => answer(a, { round: 1 })).toThrow(/newer text/);
    const byHand = recordSignature(a, { actor: OFFICE, asOffice: true, party: 'partner', date: '2026-12-07', signatoryName: 'Zhang Min', signatoryPosition: 'President', now: NOW }).entity;
    expect(() => answer(byHand, {})).toThrow(/no longer waiting/);
  });

  it('records the partner’s signature from the signed copy, only after approval; with the home signature there, the agreement is in force', () => {
    const a = sent();
    const copy = { round: 1, contact: CONTACT, document: { id: 'd1', fileName: 'signed.pdf' }, date: '2026-12-07', signatoryName: 'Zhang Min', signatoryPosition: 'President', now: NOW };
    expect(() => recordSignedCopy(a, copy)).toThrow(/Approve the text first/);
    const ok = answer(a, {}).entity;
    const home = recordSignature(ok, { actor: OFFICE, asOffice: true, party: 'home', date: '2026-12-06', signatoryName: 'Rustam Nazarov', signatoryPosition: 'Rector', now: NOW }).entity;
    const signed = recordSignedCopy(home, copy);
    expect(signed.entity).toMatchObject({ status: 'active', signatures: { partner: { signatoryName: 'Zhang Min', recordedBy: { email: CONTACT.email } } }, partnerSigning: { state: 'signed', signedCopy: { documentId: 'd1' } } });
    expect(signed.event).toMatchObject({ type: 'signed', party: 'partner', viaLink: true, documentId: 'd1', activated: true });
    expect(() => recordSignedCopy(signed.entity, copy)).toThrow();
  });

  it('is reminded every few days while silent, then the office is told once and the reminders stop', () => {
    let a = sent();
    const cadence = { everyDays: 3, escalateAfter: 2 };
    expect(remindSignatory(a, { ...cadence, now: '2026-12-08T10:00:00.000Z' })).toBeNull();
    const types: string[] = [];
    for (const now of ['2026-12-10T10:00:00.000Z', '2026-12-13T10:00:00.000Z', '2026-12-16T10:00:00.000Z', '2026-12-30T10:00:00.000Z']) {
      const moved = remindSignatory(a, { ...cadence, now });
      if (moved) {
        types.push(moved.event.type);
        a = moved.entity;
      }
    }
    expect(types).toEqual(['signatory_reminded', 'signatory_reminded', 'signatory_unanswered']);
  });

  it('never leaves more than one answer per round, whatever the order of sendings and answers', () => {
    type Step = { kind: 'send'; hash: string } | { kind: 'answer'; approve: boolean; round: number };
    const step = fc.oneof(
      fc.constantFrom(H1, H2, 'c'.repeat(64)).map((hash): Step => ({ kind: 'send', hash })),
      fc.record({ approve: fc.boolean(), round: fc.integer({ min: 1, max: 6 }) }).map((s): Step => ({ kind: 'answer', ...s })),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 15 }), (steps) => {
        let a = approved();
        const answeredRounds: number[] = [];
        for (const s of steps) {
          try {
            if (s.kind === 'send') a = sent(a, s.hash);
            else {
              const hash = a.partnerSigning?.snapshotHash ?? H1;
              a = answerAsSignatory(a, { round: s.round, contact: CONTACT, answer: s.approve ? 'approve' : 'request_changes', name: 'Z', position: 'P', comment: 'C', shownSnapshotHash: hash, now: NOW }).entity;
              answeredRounds.push(s.round);
            }
          } catch {
            // A refused step changes nothing.
          }
          // An answer is only ever to the round in force, and the agreement stays approved.
          expect(a.status).toBe('approved');
        }
        expect(new Set(answeredRounds).size).toBe(answeredRounds.length);
        if (a.partnerSigning) expect(['awaiting', 'changes_requested', 'approved']).toContain(a.partnerSigning.state);
      }),
    );
  });
});

describe('the demo’s partners', () => {
  it('each have a coordinator and a signatory at example.org addresses, so `npm start` shows both links', () => {
    for (const p of withDemoContacts(loadSeed()).partners) {
      expect(partnerCoordinatorOf(p.contacts)?.email, p.id).toMatch(/@[a-z.]+\.example\.org$/);
      expect(signatoryOf(p.contacts)?.email, p.id).toMatch(/@[a-z.]+\.example\.org$/);
    }
  });
});
