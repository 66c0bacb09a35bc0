/**
 * A nomination after its chain, as the international office handles it: overriding the places
 * while it is in review, the partner's acceptance or decline, and the completed mobility.
 */
import type { Nomination, Person } from '../../../shared/schemas';
import * as workflow from '../../../shared/workflow';
import { ValidationError } from '../../../shared/errors';
import type { Deps } from '../deps';
import { getDocument } from '../db/documents';
import { isOffice } from './identity';
import { actorOf, getVisible, saveMove, withFreshState } from './submissions';

async function move(deps: Deps, id: string, person: Person, step: (n: Nomination, now: string) => workflow.Moved<Nomination>): Promise<Nomination> {
  return withFreshState(async () => {
    const current = (await getVisible(deps, 'nomination', id, person)) as Nomination;
    return saveMove(deps, current, step(current, deps.clock().toISOString()));
  });
}

export function overrideQuota(deps: Deps, id: string, person: Person, reason: string): Promise<Nomination> {
  return move(deps, id, person, (n, now) => workflow.overrideQuota(n, { actor: actorOf(person), asOffice: isOffice(person), reason, now }));
}

export function recordPartnerResponse(deps: Deps, id: string, person: Person, answer: { accepted: boolean; reason?: string }): Promise<Nomination> {
  return move(deps, id, person, (n, now) => workflow.recordPartnerResponse(n, { actor: actorOf(person), asOffice: isOffice(person), ...answer, now }));
}

export async function recordCompletion(
  deps: Deps,
  id: string,
  person: Person,
  body: { actualStartDate: string; actualEndDate: string; certificateDocumentId?: string },
): Promise<Nomination> {
  if (body.certificateDocumentId) {
    // The certificate must be an uploaded document of this very nomination.
    const found = await getDocument(deps.db, 'nomination', id, body.certificateDocumentId);
    if (!found || found.document.status !== 'uploaded' || found.document.kind !== 'certificate') {
      throw new ValidationError('No uploaded certificate with this id on this nomination', [
        { path: 'certificateDocumentId', message: 'Upload the certificate to this nomination (kind "certificate") first' },
      ]);
    }
  }
  return move(deps, id, person, (n, now) => workflow.recordCompletion(n, { actor: actorOf(person), asOffice: isOffice(person), ...body, now }));
}
