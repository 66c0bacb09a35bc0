/**
 * The partner's EWP approval of our IIA, pure. In EWP each side approves the other's IIA by its
 * iia-hash; here the office records it from the partner's file: it is taken only when the file's
 * IIA gives the very hash our export computes now, so what is on record is provably the text both
 * sides hold. A different hash is a 409 with both hashes and the fields that differ.
 */
import { ConflictError, ForbiddenError } from '../errors';
import type { Agreement, EwpApproval } from '../schemas/entities';
import type { Actor, Moved } from './types';

/** Agreements a partner's approval can still mean something for. */
const APPROVABLE = new Set<Agreement['status']>(['draft', 'in_review', 'changes_requested', 'approved', 'active']);

export type FieldDifference = { path: string; ours: string | null; theirs: string | null };

export type EwpApprovalCommand = {
  actor: Actor;
  asOffice: boolean;
  /** Our export's iia-hash now, and the one the partner's file gives (recomputed from its content). */
  ourHash: string;
  theirHash: string;
  partnerHeiId: string;
  partnerIiaId: string | null;
  differences: FieldDifference[];
  now: string;
};

/**
 * The approval recorded, or nothing to do when this very hash is already on record (the same
 * file sent twice gives the same answer, not a second record).
 */
export function recordEwpApproval(a: Agreement, cmd: EwpApprovalCommand): Moved<Agreement> | undefined {
  if (!cmd.asOffice) throw new ForbiddenError('Only the international office records a partner’s EWP approval');
  if (!APPROVABLE.has(a.status)) throw new ConflictError('wrong_status', `This agreement is ${a.status}; a partner’s approval is recorded while it is being prepared, approved or in force`, { status: a.status, version: a.version });
  if (cmd.ourHash !== cmd.theirHash) {
    throw new ConflictError('hash_differs', 'The partner’s IIA does not give the iia-hash of ours: the partner approved another text', {
      ourHash: cmd.ourHash,
      theirHash: cmd.theirHash,
      differences: cmd.differences,
    });
  }
  if (a.ewpApproval?.iiaHash === cmd.ourHash) return undefined;
  const by: Actor = { email: cmd.actor.email, name: cmd.actor.name };
  const ewpApproval: EwpApproval = { iiaHash: cmd.ourHash, partnerHeiId: cmd.partnerHeiId, partnerIiaId: cmd.partnerIiaId, by, at: cmd.now };
  return {
    entity: { ...a, version: a.version + 1, ewpApproval },
    event: { type: 'ewp_approval_recorded', at: cmd.now, actor: by, iiaHash: cmd.ourHash, partnerHeiId: cmd.partnerHeiId, partnerIiaId: cmd.partnerIiaId },
  };
}
