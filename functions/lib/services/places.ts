/**
 * Places, as the office sees them: which place a final approval takes (and whether an override
 * lets it exceed the agreement), how many are left for a nomination, and an agreement's planned
 * against used. The guarantee itself is the ledger's conditional update (db/places.ts).
 */
import { ConflictError } from '../../../shared/errors';
import type { Nomination } from '../../../shared/schemas';
import { takesPlace } from '../../../shared/workflow/mobility-dates';
import { placeCellFor, plannedPlaces, placesView, cellKey, type HeldPlace, type PlacesRow } from '../../../shared/workflow/quota';
import type { Deps } from '../deps';
import { ledgerOf, type PlaceTake } from '../db/places';
import { getSubmission } from '../db/submissions';
import type { Agreement } from '../../../shared/schemas/entities';

export type PlacesLeft = { academicYear: string; sender: string; type: string; planned: number; used: number; left: number };

async function agreementOf(deps: Deps, n: Nomination): Promise<Agreement | undefined> {
  return (await getSubmission(deps.db, 'memorandum', n.content.agreementId)) as Agreement | undefined;
}

/** How many places are left in the nomination's cell of its agreement (a warning while in review). */
export async function placesLeftFor(deps: Deps, n: Nomination): Promise<PlacesLeft | undefined> {
  if (!takesPlace(n.content)) return undefined; // a virtual mobility takes no place
  // Two independent reads, in parallel: each is a round trip on the submit path.
  const [agreement, ledger] = await Promise.all([agreementOf(deps, n), ledgerOf(deps.db, n.content.agreementId)]);
  return agreement ? placesLeftIn(agreement, ledger, n) : undefined;
}

/** The places left in the nomination's cell, from its agreement and the agreement's ledger as read. */
export function placesLeftIn(agreement: Agreement, ledger: Awaited<ReturnType<typeof ledgerOf>>, n: Nomination): PlacesLeft {
  const cell = placeCellFor(n.content);
  const planned = plannedPlaces(agreement.content.cooperationConditions, cell);
  const used = ledger.find((r) => cellKey(r.cell) === cellKey(cell))?.used ?? 0;
  return { ...cell, planned, used, left: planned - used };
}

export function noPlaceLeft(left: PlacesLeft | undefined, reference: string): ConflictError {
  return new ConflictError(
    'no_place_left',
    `No place is left for ${reference} in its agreement (${left?.academicYear ?? '?'}, ${left?.type ?? '?'}): the international office can approve beyond the places with an override and a reason`,
    { ...(left ?? {}), override: 'POST /api/nominations/:id/quota-override' },
  );
}

/**
 * The place the final approval of `n` takes. With no place planned at all and no override, the
 * answer is already known: refused before the transaction. Otherwise the ledger's condition decides.
 */
export async function placeToTake(deps: Deps, n: Nomination, now: string): Promise<{ change: PlaceTake; place: HeldPlace; agreementActive: boolean }> {
  const agreement = await agreementOf(deps, n);
  const cell = placeCellFor(n.content);
  const planned = agreement ? plannedPlaces(agreement.content.cooperationConditions, cell) : 0;
  const overridden = Boolean(n.quotaOverride);
  if (planned === 0 && !overridden) throw noPlaceLeft({ ...cell, planned: 0, used: 0, left: 0 }, n.reference);
  return {
    change: { kind: 'take', agreementId: n.content.agreementId, cell, planned, overridden },
    place: { ...cell, agreementId: n.content.agreementId, takenAt: now, ...(overridden ? { overridden: true } : {}) },
    agreementActive: agreement?.status === 'active',
  };
}

export async function placesOfAgreement(deps: Deps, agreement: Agreement): Promise<PlacesRow[]> {
  return placesView(agreement.content, await ledgerOf(deps.db, agreement.id), deps.clock().toISOString().slice(0, 10));
}
