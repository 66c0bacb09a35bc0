/** The two things that travel through an approval chain, as domain objects. */
import type { HeldPlace, QuotaOverride } from '../workflow/quota';
import type { Actor, Review, Signature } from '../workflow/types';
import type { PartnerRequest } from '../workflow/partner-answer';
import type { PartnerSigning } from '../workflow/partner-signing';
import type { StudyPlanSummary } from '../workflow/study-plan';
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
  | 'arrived'
  | 'declined_by_partner'
  | 'completed';

/** Where an item imported from a file (the office's past, shared/imports/) came from. */
export type ImportOrigin = { fileName: string; fileHash: string; row: number };

/** A room in a residence from the day of moving in to the day of leaving, and who gave it when. */
export type RoomAssignment = { residenceId: string; room: string; from: string; to: string; by: Actor; at: string };

type Common = {
  id: string;
  reference: string;
  version: number;
  submitter: Actor;
  review?: Review;
  createdAt: string;
  updatedAt: string;
  /** `import`: written from a file in its final status, never through the approval chain. */
  source?: 'import';
  importedFrom?: ImportOrigin;
};

export type Nomination = Common & {
  kind: 'nomination';
  status: NominationStatus;
  content: NominationInput;
  /** The agreement place this nomination holds, from its final approval until it is given back. */
  place?: HeldPlace;
  /** The international office's permission for the final approval to exceed the places. */
  quotaOverride?: QuotaOverride;
  /** The partner's coordinator asked for the answer through a link (shared/workflow/partner-answer.ts), while the nomination waits on it. */
  partnerRequest?: PartnerRequest;
  /** `viaLink`: given by the partner's coordinator through their link, with the hash of what they were shown. */
  partnerResponse?: { accepted: boolean; reason?: string; by: Actor; at: string; viaLink?: true; snapshotHash?: string };
  /** The room the international office gave an incoming student who asked for one (shared/workflow/housing.ts). */
  roomAssignment?: RoomAssignment;
  completion?: { actualStartDate: string; actualEndDate: string; certificateDocumentId?: string; by: Actor; at: string };
  /** An incoming student's arrival, as the office recorded it (shared/workflow/incoming.ts). */
  arrival?: { date: string; by: Actor; at: string };
  /** An incoming student's study plan as the office's list shows it, kept with the plan's every change (shared/workflow/study-plan.ts). */
  studyPlan?: StudyPlanSummary;
};

/** After internal approval: signatures, termination, renewal links and what the watch has sent. */
export type AgreementLife = {
  signatures?: { home?: Signature; partner?: Signature };
  termination?: { reason: string; noticeDate: string; effectiveDate: string; by: Actor; at: string };
  /** Expiry reminders already sent, by days before the end (180, 90, 30, 7): each goes once. */
  expiryRemindersSent?: number[];
  activatedAt?: string;
  /** The agreement this one renews, and the one that renews it. */
  renews?: string;
  renewedBy?: string;
  /** The number of the version in force (versions are kept as immutable items). */
  contentVersion?: number;
  /** An amendment of this agreement going through the chain; this version stays in force meanwhile. */
  pendingAmendment?: string;
  /** This memorandum is an amendment of that agreement: on approval its content becomes a new version there. */
  amends?: string;
  /** The partner approved our EWP IIA with this iia-hash (shared/workflow/ewp-approval.ts): the latest recorded. */
  ewpApproval?: EwpApproval;
  /** The approved text sent to the partner's signatory through a link, and where that stands (shared/workflow/partner-signing.ts). */
  partnerSigning?: PartnerSigning;
};

/**
 * What the office recorded of the partner's EWP approval: the iia-hash of our IIA the partner
 * approved, the partner's own id for the agreement where its file gave one, who recorded it, when.
 * A record of its own, apart from signatures: the hash proves the conditions, not a signature.
 */
export type EwpApproval = { iiaHash: string; partnerHeiId: string; partnerIiaId: string | null; by: Actor; at: string };

export type Agreement = Common & AgreementLife & { kind: 'memorandum'; status: AgreementStatus; content: MemorandumInput };
export type Submission = Nomination | Agreement;
export type SubmissionKind = Submission['kind'];

/** Reference prefixes: `NOM-2026-0001`, `AGR-2026-0001`. */
export const REFERENCE_PREFIX: Record<SubmissionKind, string> = { nomination: 'NOM', memorandum: 'AGR' };

export function formatReference(kind: SubmissionKind, year: number, sequence: number): string {
  return `${REFERENCE_PREFIX[kind]}-${year}-${String(sequence).padStart(4, '0')}`;
}
