/** The two things that travel through an approval chain, as domain objects. */
import type { Actor, Review } from '../workflow/types';
import type { AgreementStatus, MemorandumInput } from './agreement';
import type { NominationInput } from './nomination';

export type NominationStatus =
  | 'draft'
  | 'in_review'
  | 'changes_requested'
  | 'approved'
  | 'rejected'
  | 'withdrawn'
  | 'accepted_by_partner'
  | 'declined_by_partner'
  | 'completed';

type Common = {
  id: string;
  reference: string;
  version: number;
  submitter: Actor;
  review?: Review;
  createdAt: string;
  updatedAt: string;
};

export type Nomination = Common & { kind: 'nomination'; status: NominationStatus; content: NominationInput };
export type Agreement = Common & { kind: 'memorandum'; status: AgreementStatus; content: MemorandumInput };
export type Submission = Nomination | Agreement;
export type SubmissionKind = Submission['kind'];

/** Reference prefixes: `NOM-2026-0001`, `AGR-2026-0001`. */
export const REFERENCE_PREFIX: Record<SubmissionKind, string> = { nomination: 'NOM', memorandum: 'AGR' };

export function formatReference(kind: SubmissionKind, year: number, sequence: number): string {
  return `${REFERENCE_PREFIX[kind]}-${year}-${String(sequence).padStart(4, '0')}`;
}
