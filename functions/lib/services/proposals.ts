/**
 * A memorandum as faculty submit it: with a partner from the registry, or with a new partner they
 * propose. Apart from services/submissions.ts because proposing registers a partner (zod-built,
 * services/partners.ts), which the scheduler and the other functions must not bundle.
 */
import type { MemorandumSubmission, Person, Submission } from '../../../shared/schemas';
import type { Deps } from '../deps';
import { proposePartner } from './partners';
import { checkMemorandumSubmittable, submitNew } from './submissions';

/**
 * A proposal is registered (as proposed) only once the rest of the memorandum could be
 * submitted, so a refused memorandum leaves no partner behind; a university already registered
 * is the registry's 409 naming it, for the form to offer instead.
 */
export async function submitMemorandum(deps: Deps, body: MemorandumSubmission, submitter: Person): Promise<Submission> {
  const { proposedPartner, partnerId, ...content } = body;
  if (!proposedPartner) return submitNew(deps, 'memorandum', { ...content, partnerId: partnerId! }, submitter);
  await checkMemorandumSubmittable(deps, { ...content, partnerId: '' });
  const partner = await proposePartner(deps, proposedPartner, submitter);
  // Between the two writes a crash leaves a proposed partner with no memorandum: visible in the
  // registry, marked as proposed, harmless.
  return submitNew(deps, 'memorandum', { ...content, partnerId: partner.id }, submitter);
}
