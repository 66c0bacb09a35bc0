/**
 * A nomination after its approval chain, pure: the international office's override of the
 * places, withdrawal of an approved nomination, the partner's acceptance or decline, and the
 * completed mobility. A nomination that gives up its place says so in its event, so the ledger
 * is changed in the same transaction as the nomination.
 */
import { ConflictError, ForbiddenError, ValidationError, type FieldError } from '../errors';
import type { Nomination } from '../schemas/entities';
import type { Actor, Moved } from './types';

const who = (a: Actor): Actor => ({ email: a.email, name: a.name });

function requireReason(reason: string | undefined, path: string, message: string): string {
  const r = reason?.trim();
  if (!r) throw new ValidationError(message, [{ path, message }]);
  return r;
}

function wrongStatus(n: Nomination, expected: string): ConflictError {
  return new ConflictError('wrong_status', `This nomination is ${n.status}; ${expected}`, { status: n.status, version: n.version });
}

/**
 * Lets the final approval take a place although none is left. Only the international office may,
 * only while the nomination is in review, and always with a reason (it is reported).
 */
export function overrideQuota(n: Nomination, cmd: { actor: Actor; asOffice: boolean; reason?: string; now: string }): Moved<Nomination> {
  if (!cmd.asOffice) throw new ForbiddenError('Only the international office can override the places');
  if (n.status !== 'in_review') throw wrongStatus(n, 'the places can be overridden only while it is in review');
  const reason = requireReason(cmd.reason, 'reason', 'Give the reason for approving beyond the agreement’s places');
  return {
    entity: { ...n, version: n.version + 1, quotaOverride: { by: who(cmd.actor), reason, at: cmd.now } },
    event: { type: 'quota_overridden', at: cmd.now, actor: who(cmd.actor), reason },
  };
}

/** An approved nomination withdrawn (the student changed plans): its place goes back. */
export function withdrawApproved(n: Nomination, cmd: { actor: Actor; asOffice: boolean; reason?: string; now: string }): Moved<Nomination> {
  if (cmd.actor.email !== n.submitter.email && !cmd.asOffice) throw new ForbiddenError('Only the submitter or the international office can withdraw');
  // A student who arrived is on the mobility: it ends in a completion, and the place stays used.
  if (n.status === 'arrived') throw wrongStatus(n, 'its student has arrived; the mobility is completed, not withdrawn');
  if (n.status !== 'approved' && n.status !== 'accepted_by_partner') throw wrongStatus(n, 'only an approved nomination can be withdrawn this way');
  const { place, ...rest } = n;
  return {
    entity: { ...rest, status: 'withdrawn', version: n.version + 1 },
    event: {
      type: 'withdrawn',
      at: cmd.now,
      actor: who(cmd.actor),
      round: n.review?.round ?? 0,
      ...(cmd.reason?.trim() ? { reason: cmd.reason.trim() } : {}),
      pending: [],
      ...(place ? { placeReturned: place } : {}),
    },
  };
}

/** The partner university's answer, recorded by the international office. A decline frees the place. */
export function recordPartnerResponse(
  n: Nomination,
  cmd: { actor: Actor; asOffice: boolean; accepted: boolean; reason?: string; now: string },
): Moved<Nomination> {
  if (!cmd.asOffice) throw new ForbiddenError('Only the international office records the partner’s answer');
  if (n.status !== 'approved') throw wrongStatus(n, 'the partner’s answer is recorded once, after approval');
  const reason = cmd.accepted ? cmd.reason?.trim() || undefined : requireReason(cmd.reason, 'reason', 'Give the partner’s reason for declining');
  const response = { accepted: cmd.accepted, ...(reason ? { reason } : {}), by: who(cmd.actor), at: cmd.now };
  const { place, ...rest } = n;
  const declined = !cmd.accepted;
  return {
    entity: {
      ...(declined ? rest : n),
      status: cmd.accepted ? 'accepted_by_partner' : 'declined_by_partner',
      version: n.version + 1,
      partnerResponse: response,
    },
    event: {
      type: 'partner_responded',
      at: cmd.now,
      actor: who(cmd.actor),
      accepted: cmd.accepted,
      ...(reason ? { reason } : {}),
      ...(declined && place ? { placeReturned: place } : {}),
    },
  };
}

/** The mobility took place: its actual dates (the certificate is a document of the nomination). */
export function recordCompletion(
  n: Nomination,
  cmd: { actor: Actor; asOffice: boolean; actualStartDate: string; actualEndDate: string; certificateDocumentId?: string; now: string },
): Moved<Nomination> {
  if (!cmd.asOffice) throw new ForbiddenError('Only the international office records a completed mobility');
  // An incoming student's arrival moves the nomination on from the partner's acceptance (or from
  // the approval, when no partner answer was asked for): both end in the completion.
  if (n.status !== 'accepted_by_partner' && n.status !== 'arrived') throw wrongStatus(n, 'only a nomination the partner accepted, or whose student arrived, can be completed');
  // Completion is recorded after the fact: neither date may lie ahead. Every date problem is
  // reported at once, so the form is corrected in one go rather than one refusal at a time.
  const today = cmd.now.slice(0, 10);
  const problems: FieldError[] = [];
  if (cmd.actualStartDate > today) problems.push({ path: 'actualStartDate', message: 'Must not be in the future' });
  if (cmd.actualEndDate < cmd.actualStartDate) problems.push({ path: 'actualEndDate', message: 'Must be on or after the start date' });
  else if (cmd.actualEndDate > today) problems.push({ path: 'actualEndDate', message: 'Must not be in the future' });
  if (problems.length > 0) throw new ValidationError('A mobility is completed with the dates it actually took place, none of them ahead', problems);
  const completion = {
    actualStartDate: cmd.actualStartDate,
    actualEndDate: cmd.actualEndDate,
    ...(cmd.certificateDocumentId ? { certificateDocumentId: cmd.certificateDocumentId } : {}),
    by: who(cmd.actor),
    at: cmd.now,
  };
  return {
    entity: { ...n, status: 'completed', version: n.version + 1, completion },
    event: { type: 'completed', at: cmd.now, actor: who(cmd.actor), actualStartDate: cmd.actualStartDate, actualEndDate: cmd.actualEndDate },
  };
}
