/**
 * An incoming student's invitation data and arrival, as the edges ask for them: who may give,
 * read and list the person's data (shared/workflow/incoming.ts decides), the office's arrival,
 * and the scheduler's retention sweep. The data is never logged: only references and counts.
 */
import { ForbiddenError, NotFoundError, ValidationError } from '../../../shared/errors';
import type { InvitationData, Nomination, Person, Warning } from '../../../shared/schemas';
import * as workflow from '../../../shared/workflow';
import { plannedDates } from '../../../shared/workflow/mobility-dates';
import type { Deps } from '../deps';
import { listPartners } from '../db/directory';
import { deleteInvitationData, getInvitationData, listInvitationDataHolders, putInvitationData } from '../db/invitation-data';
import { getSubmissions } from '../db/submissions';
import type { Cell, ExportTable } from '../exports/table';
import { isOffice } from './identity';
import { actorOf, getVisible, saveMove, withFreshState } from './submissions';

/**
 * The nomination as the person may see it: whoever may not see it (getVisible: not its submitter,
 * approver or the office) gets the 404 an unknown id gets, as on the nomination's other routes, so
 * these addresses never confirm that a nomination exists. Only someone who sees it anyway is told
 * 403 for what they may not do with it (the submitter reading the data back, an approver writing it).
 */
async function nominationOf(deps: Deps, id: string, person: Person): Promise<Nomination> {
  return (await getVisible(deps, 'nomination', id, person)) as Nomination;
}

export type InvitationDataAnswer = InvitationData & { updatedAt: string; warnings: Warning[] };

/** Given or corrected by the submitter (while the nomination can change) or the office; answered with the warnings. */
export async function saveInvitationData(deps: Deps, id: string, person: Person, data: InvitationData): Promise<InvitationDataAnswer> {
  const n = await nominationOf(deps, id, person);
  workflow.checkInvitationDataWritable(n, { email: person.email, asOffice: isOffice(person) });
  const now = deps.clock().toISOString();
  const today = now.slice(0, 10);
  const problems = workflow.invitationProblems(data, today);
  if (problems.length) throw new ValidationError('Some of the invitation data is not plausible', problems);
  await putInvitationData(deps.db, { ...data, nominationId: id, updatedAt: now, updatedBy: person.email });
  deps.log.info('invitation data saved', { reference: n.reference });
  return { ...data, updatedAt: now, warnings: workflow.passportWarnings(data, n.content, today) };
}

/** For the office and the nomination's approvers only: the submitter is refused (403); anyone else is told there is no such nomination (404). */
export async function readInvitationData(deps: Deps, id: string, person: Person): Promise<InvitationDataAnswer> {
  const n = await nominationOf(deps, id, person);
  if (!workflow.mayReadInvitationData(n, { email: person.email, asOffice: isOffice(person) })) {
    throw new ForbiddenError('The invitation data is shown only to the international office and the nomination’s approvers');
  }
  const stored = await getInvitationData(deps.db, id);
  if (!stored) throw new NotFoundError('No invitation data was given for this nomination');
  return shown(stored, n, deps.clock().toISOString().slice(0, 10));
}

const shown = (d: InvitationData & { updatedAt: string }, n: Nomination, today: string): InvitationDataAnswer => ({
  nationality: d.nationality,
  dateOfBirth: d.dateOfBirth,
  passportNumber: d.passportNumber,
  passportExpiry: d.passportExpiry,
  updatedAt: d.updatedAt,
  warnings: workflow.passportWarnings(d, n.content, today),
});

/** What the approver's link shows of the person: the data, when the nomination is incoming and has it (the link is the approver's right to see). */
export async function invitationDataForApprover(deps: Deps, n: Nomination): Promise<InvitationDataAnswer | undefined> {
  if (n.content.direction !== 'incoming') return undefined;
  const stored = await getInvitationData(deps.db, n.id);
  return stored ? shown(stored, n, deps.clock().toISOString().slice(0, 10)) : undefined;
}

export function recordArrival(deps: Deps, id: string, person: Person, arrivalDate: string): Promise<Nomination> {
  return withFreshState(async () => {
    const n = await nominationOf(deps, id, person);
    return saveMove(deps, n, workflow.recordArrival(n, { actor: actorOf(person), asOffice: isOffice(person), arrivalDate, now: deps.clock().toISOString() }));
  });
}

async function holders(deps: Deps): Promise<Nomination[]> {
  return (await getSubmissions(deps.db, 'nomination', await listInvitationDataHolders(deps.db))) as Nomination[];
}

/**
 * The office's invitation list: the one export that carries the person's data, asked for on
 * purpose, for the letters of nominations still under way (approved, accepted, or in review).
 */
export async function invitationList(deps: Deps, person: Person): Promise<ExportTable> {
  if (!isOffice(person)) throw new ForbiddenError('Only the international office exports the invitation list');
  const [nominations, partners] = await Promise.all([holders(deps), listPartners(deps.db)]);
  const names = new Map(partners.map((p) => [p.id, p.name]));
  const open = nominations.filter((n) => !workflow.invitationDataDeleteOn(n)).sort((a, b) => a.reference.localeCompare(b.reference));
  deps.log.info('invitation list exported', { by: person.email, nominations: open.length });
  async function* rows(): AsyncGenerator<Cell[]> {
    for (const n of open) {
      const d = await getInvitationData(deps.db, n.id);
      if (!d) continue;
      const c = n.content;
      const dates = plannedDates(c);
      yield [n.reference, n.status, c.nominee.name, c.nominee.email, d.nationality, d.dateOfBirth, d.passportNumber, d.passportExpiry, names.get(c.partnerId) ?? c.partnerId, c.incoming?.coordinator.name, c.incoming?.coordinator.email, c.academicYear, dates.start, dates.end, n.arrival?.date];
    }
  }
  return {
    name: 'Invitations',
    columns: ['reference', 'status', 'nominee', 'email', 'nationality', 'date of birth', 'passport number', 'passport expiry', 'home institution', 'home coordinator', 'home coordinator email', 'academic year', 'planned start', 'planned end', 'arrived'],
    rows: rows(),
  };
}

export type RetentionReport = { held: number; deleted: number };

/**
 * Deletes the invitation data of nominations over for long enough (shared/workflow/incoming.ts's
 * `invitationDataDeleteOn`). Idempotent: a second run finds nothing more to delete.
 */
export async function deleteExpiredInvitationData(deps: Deps): Promise<RetentionReport> {
  const today = deps.clock().toISOString().slice(0, 10);
  const ids = await listInvitationDataHolders(deps.db);
  const found = new Map(((await getSubmissions(deps.db, 'nomination', ids)) as Nomination[]).map((n) => [n.id, n]));
  let deleted = 0;
  for (const id of ids) {
    const n = found.get(id);
    const due = n ? workflow.invitationDataDeleteOn(n) : today; // a nomination gone leaves nothing to keep it for
    if (due && due <= today) {
      await deleteInvitationData(deps.db, id);
      deleted++;
    }
  }
  return { held: ids.length, deleted };
}
