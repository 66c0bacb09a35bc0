/** The vocabulary of the approval workflow: chains, steps, decisions, receipts, events. */
import type { RoleName } from '../schemas/directory';
import type { PartnerApproval } from './partner-signing';
import type { HeldPlace } from './quota';

export type ReviewKind = 'nomination' | 'memorandum';
export type Policy = 'any' | 'all';
/** Whose department or faculty a step's role is looked up in; `university` for university-wide roles. */
export type StepScope = 'department' | 'faculty' | 'university';
export type Decision = 'approve' | 'reject' | 'request_changes';
export type ReviewStatus = 'in_review' | 'changes_requested' | 'approved' | 'rejected' | 'withdrawn';

export const TERMINAL_STATUSES: readonly ReviewStatus[] = ['approved', 'rejected', 'withdrawn'];

export type ChainStep = {
  id: string;
  role: RoleName;
  scope: StepScope;
  policy: Policy;
  dueDays: number;
};

export type Chain = { kind: ReviewKind; steps: ChainStep[] };

export type Actor = { email: string; name: string };

/** Why a room was given back without the office taking it back itself: the nomination ended so. */
export type RoomReleaseReason = 'withdrawn' | 'declined_by_partner' | 'rejected';

/** What an approver saw and decided: kept forever on the step and in the audit event. */
export type Receipt = {
  email: string;
  name: string;
  role: RoleName;
  decision: Decision;
  comment?: string;
  at: string;
  /** SHA-256 of the canonical JSON of exactly what the approver was shown. */
  snapshotHash: string;
};

export type Approver = Actor & { receipt?: Receipt };

export type ReviewStep = ChainStep & {
  approvers: Approver[];
  activatedAt?: string;
  dueAt?: string;
  completedAt?: string;
  outcome?: 'approved' | 'rejected' | 'changes_requested';
};

export type Transition = {
  action: 'submitted' | 'resubmitted' | Decision | 'withdrawn';
  by: Actor;
  at: string;
  comment?: string;
};

export type Review = {
  round: number;
  stepIndex: number;
  steps: ReviewStep[];
  /** Reminders sent for the active step. */
  reminders: number;
  escalatedAt?: string;
  /** When the scheduler should next look at this item; absent once it leaves review. */
  nextReminderAt?: string;
  lastTransition: Transition;
};

/** Anything that goes through a chain: a nomination or a memorandum. */
export type Reviewable = {
  status: string;
  version: number;
  submitter: Actor;
  review?: Review;
};

export type StepRef = { index: number; id: string; role: RoleName; policy: Policy; dueAt?: string };

export type ReviewEvent =
  | { type: 'submitted' | 'resubmitted'; at: string; actor: Actor; round: number; step: StepRef; approvers: Actor[] }
  | {
      type: 'decided';
      at: string;
      actor: Actor;
      round: number;
      step: StepRef;
      decision: Decision;
      comment?: string;
      receipt: Receipt;
      /** recorded: an `all` step still waits for others; advanced: the next step is now active. */
      outcome: 'recorded' | 'advanced' | 'approved' | 'rejected' | 'changes_requested';
      next?: { step: StepRef; approvers: Actor[] };
      /** The final approval of a nomination takes a place from its agreement. */
      place?: HeldPlace;
    }
  | { type: 'withdrawn'; at: string; actor: Actor; round: number; reason?: string; pending: Actor[]; placeReturned?: HeldPlace }
  | { type: 'reminded' | 'escalated'; at: string; round: number; step: StepRef; pending: Actor[]; count: number }
  /**
   * The directory changed under the steps still open (a role given or taken away): `removed` no
   * longer decide the active step, `added` are asked to; `pending` is who it waits on now (none:
   * the office is told).
   */
  | {
      type: 'approvers_changed';
      at: string;
      actor: Actor;
      round: number;
      step: StepRef;
      added: Actor[];
      removed: Actor[];
      pending: Actor[];
      /** Steps still to come whose approvers changed with it (none asked yet; no approvers: the office is told now). */
      later: { step: StepRef; approvers: Actor[] }[];
    };

export type Transitioned<T> = { entity: T; event: ReviewEvent };

/** A signatory of an agreement: recorded after internal approval, one for each side. */
export type Signature = { date: string; signatoryName: string; signatoryPosition: string; recordedBy: Actor; recordedAt: string };

/**
 * What happens to an item outside its approval chain: the office's override of the places, the
 * partner's answer and the completion of a mobility; an agreement's signatures, coming into
 * force, expiry reminders, expiry, termination and renewal.
 */
export type OfficeEvent =
  | { type: 'quota_overridden'; at: string; actor: Actor; reason: string }
  | { type: 'partner_responded'; at: string; actor: Actor; accepted: boolean; reason?: string; placeReturned?: HeldPlace; viaLink?: true; snapshotHash?: string }
  /** The partner's coordinator has not answered yet: a reminder with a fresh link (partner-answer.ts). */
  | { type: 'partner_reminded'; at: string; contact: Actor; count: number }
  /** Still no answer after the reminders: the office is told, to write to the partner itself. */
  | { type: 'partner_unanswered'; at: string; contact: Actor; reminders: number }
  | { type: 'completed'; at: string; actor: Actor; actualStartDate: string; actualEndDate: string }
  | { type: 'arrived'; at: string; actor: Actor; arrivalDate: string }
  /** The office gave an incoming student a room (or moved them): the residence by name, for people and the submitter's email. */
  | { type: 'room_assigned'; at: string; actor: Actor; residence: string; room: string; from: string; to: string }
  /**
   * The room is taken back (the stay it had given, as it was): by the office itself (no `reason`), or
   * with the end of the nomination (`reason`: its status then, shared/workflow/housing.ts
   * ROOM_FREEING_STATUSES), by who ended it; `assignedBy`: who had given the room (housing.ts `roomGivenBack`).
   */
  | { type: 'room_cancelled'; at: string; actor: Actor; residence: string; room: string; from: string; to: string; reason?: RoomReleaseReason; assignedBy?: Actor }
  /** `viaLink`: the partner's signatory uploaded the signed copy (`documentId`) through their link. */
  | { type: 'signed'; at: string; actor: Actor; party: 'home' | 'partner'; signature: Signature; activated: boolean; viaLink?: true; documentId?: string }
  /** The approved memorandum sent to the partner's signatory (round n: the links of earlier rounds are dead); partner-signing.ts. */
  | { type: 'signatory_asked'; at: string; actor: Actor; round: number; contact: Actor; snapshotHash: string; contentVersion?: number }
  /** The signatory approved the text (their receipt) or asked for changes (the comment), through their link. */
  | { type: 'signatory_answered'; at: string; actor: Actor; round: number; answer: 'approve' | 'request_changes'; comment?: string; approval?: PartnerApproval; snapshotHash: string }
  | { type: 'signatory_reminded'; at: string; contact: Actor; round: number; count: number }
  | { type: 'signatory_unanswered'; at: string; contact: Actor; reminders: number }
  | { type: 'activated'; at: string }
  | { type: 'expiry_reminder'; at: string; daysLeft: number; threshold: number; endDate: string; coordinator: Actor }
  | { type: 'expired'; at: string; endDate: string }
  | { type: 'termination_recorded'; at: string; actor: Actor; reason: string; noticeDate: string; effectiveDate: string; terminated: boolean }
  | { type: 'terminated'; at: string; reason: string; effectiveDate: string }
  | { type: 'renewed'; at: string; actor: Actor; renewalId: string; renewalReference: string }
  | { type: 'amended'; at: string; actor: Actor; version: number; paths: string[]; amendment?: { id: string; reference: string }; note?: string }
  | { type: 'amendment_proposed'; at: string; actor: Actor; amendmentId: string; amendmentReference: string; paths: string[] }
  /** The office recorded that the partner approved our EWP IIA with this iia-hash (ewp-approval.ts). */
  | { type: 'ewp_approval_recorded'; at: string; actor: Actor; iiaHash: string; partnerHeiId: string; partnerIiaId: string | null }
  /**
   * Written from a file of the office's past, in its final status (shared/imports/): the first and
   * only event of such an item until the office acts on it. The notifier sends nothing for it.
   */
  | { type: 'imported'; at: string; actor: Actor; source: 'import'; fileName: string; fileHash: string; row: number; status: string };

export type EntityEvent = ReviewEvent | OfficeEvent;

export type Moved<T> = { entity: T; event: EntityEvent };
