/**
 * Residences and rooms for incoming students. The international office (and administrators) keep
 * the residences and give a student who asked for a dormitory a room for dates around their
 * mobility; the rules (who, when, whether a bed is free) are shared/workflow/housing.ts, and the
 * race-proof write is functions/lib/db/residences.ts.
 */
import { ConflictError, ForbiddenError, ValidationError } from '../../../shared/errors';
import type { Nomination, Person, RoomAssignment } from '../../../shared/schemas';
import type { Residence, ResidenceUpdate, RoomAssignmentRequest } from '../../../shared/schemas/residence';
import { assignmentRefusal, peakOccupancy, roomHasBed, stayDateProblems, type Stay } from '../../../shared/workflow/housing';
import type { Deps } from '../deps';
import { isTransactionConflict, pauseAfterConflict } from '../db/errors';
import { listResidences, putResidence, readResidence, readRoom, ResidenceChangedError, RoomChangedError, saveRoomAssignment, type RoomLedger } from '../db/residences';
import { subjectOf, VersionConflictError } from '../db/submissions';
import { isOffice } from './identity';
import { actorOf, getVisible, titlesFor } from './submissions';

/** Lost version races before the answer is a 409: one retry on the fresh ledger, as a person would. */
const LOST_RACES = 2;
/** Transactions cancelled for colliding (nobody won), retried with a jittered pause. */
const ATTEMPTS = 12;

function requireOffice(person: Person): void {
  if (!isOffice(person)) throw new ForbiddenError('Only the international office keeps residences and gives rooms');
}


export function allResidences(deps: Deps): Promise<Residence[]> {
  return listResidences(deps.db);
}

export async function saveResidence(deps: Deps, id: string, update: ResidenceUpdate, person: Person): Promise<Residence> {
  requireOffice(person);
  if (update.id !== undefined && update.id !== id) throw new ValidationError('This is not the residence being edited', [{ path: 'id', message: `The residence being edited is ${id}` }]);
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const current = await readResidence(deps.db, id);
    const currentVersion = current?.version ?? 0;
    if (currentVersion !== update.version) throw residenceChanged(current);
    const now = deps.clock().toISOString();
    const next: Residence = { id, name: update.name, ...(update.address ? { address: update.address } : {}), rooms: update.rooms, version: currentVersion + 1, updatedAt: now };
    const kept = await roomsLosingBeds(deps, current, next, now.slice(0, 10));
    try {
      await putResidence(deps.db, next, currentVersion, kept);
      deps.log.info('residence saved', { residenceId: id, version: next.version });
      return next;
    } catch (error) {
      if (error instanceof ResidenceChangedError) throw residenceChanged(await readResidence(deps.db, id));
      if (isTransactionConflict(error)) await pauseAfterConflict(attempt + 1);
      else if (!(error instanceof RoomChangedError)) throw error;
    }
  }
  throw new ConflictError('busy', 'Many rooms are being given at this moment; send it again');
}

/**
 * The ledgers of the rooms this edit takes beds from (or removes) that hold stays not yet over;
 * a 409 `rooms_in_use` when one of them would then hold more students on a night than its beds.
 */
async function roomsLosingBeds(deps: Deps, current: Residence | undefined, next: Residence, today: string): Promise<RoomLedger[]> {
  const shrinking = (current?.rooms ?? []).filter((r) => (next.rooms.find((n) => n.number === r.number)?.beds ?? 0) < r.beds);
  const ledgers = await Promise.all(shrinking.map((r) => readRoom(deps.db, next.id, r.number)));
  const over = ledgers.filter((l) => {
    const beds = next.rooms.find((n) => n.number === l.room)?.beds ?? 0;
    const ahead = l.stays.filter((s) => s.to > today);
    return ahead.length > 0 && peakOccupancy(ahead, today, '9999-12-31') > beds;
  });
  if (over.length > 0) {
    throw new ConflictError('rooms_in_use', `Students are given ${over.map((l) => l.room).join(', ')} for more beds than the edit leaves; move them first`, {
      rooms: over.map((l) => occupancyOf(l, current!.rooms.find((r) => r.number === l.room)!.beds)),
    });
  }
  // Every one, given or not: an assignment to it committing first makes this edit read again.
  return ledgers;
}

function residenceChanged(current: Residence | undefined): ConflictError {
  return current
    ? new ConflictError('residence_changed', 'Someone changed this residence since you opened it; here is the current version', { residence: current })
    : new ConflictError('residence_changed', 'This residence is not registered yet: send it with version 0', { residence: null });
}

/** What a room holds, as a 409 shows it: its beds and every stay in it. */
const occupancyOf = (ledger: RoomLedger, beds: number) => ({ residenceId: ledger.residenceId, room: ledger.room, beds, stays: ledger.stays });

/** Reads the nomination as the office may act on it, refusing what cannot be given a room. */
async function assignable(deps: Deps, id: string, person: Person): Promise<Nomination> {
  requireOffice(person);
  return (await getVisible(deps, 'nomination', id, person)) as Nomination;
}

export async function assignRoom(deps: Deps, id: string, person: Person, request: RoomAssignmentRequest): Promise<Nomination> {
  let lost = 0;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const nomination = await assignable(deps, id, person);
    const refusal = assignmentRefusal(nomination);
    if (refusal) throw new ConflictError('not_assignable', refusal, { status: nomination.status, roomAssignment: nomination.roomAssignment ?? null });
    const problems = stayDateProblems(nomination, request);
    if (problems.length > 0) throw new ValidationError('These dates do not fit the mobility', problems);
    const residence = await readResidence(deps.db, request.residenceId);
    if (!residence) throw new ValidationError('No residence with this id', [{ path: 'residenceId', message: 'Choose one of the residences in the directory' }]);
    const room = residence.rooms.find((r) => r.number === request.room);
    if (!room) throw new ValidationError('No room with this number in this residence', [{ path: 'room', message: `${residence.name} has no room ${request.room}` }]);

    const stay: Stay = { nominationId: id, from: request.from, to: request.to };
    const target = await readRoom(deps.db, residence.id, room.number);
    if (!roomHasBed(target.stays, room.beds, stay)) throw new ConflictError('room_full', `Room ${room.number} of ${residence.name} has no free bed for these dates`, { occupancy: occupancyOf(target, room.beds) });
    const previous = nomination.roomAssignment;
    const moving = previous && (previous.residenceId !== residence.id || previous.room !== room.number);
    const rooms: RoomLedger[] = [{ ...target, stays: [...target.stays.filter((s) => s.nominationId !== id), stay] }];
    if (moving) {
      const old = await readRoom(deps.db, previous.residenceId, previous.room);
      rooms.push({ ...old, stays: old.stays.filter((s) => s.nominationId !== id) });
    }
    const now = deps.clock().toISOString();
    const assignment: RoomAssignment = { residenceId: residence.id, room: room.number, from: request.from, to: request.to, by: actorOf(person), at: now };
    try {
      const event = { type: 'room_assigned' as const, at: now, actor: assignment.by, residence: residence.name, room: room.number, from: request.from, to: request.to };
      await saveRoomAssignment(deps.db, { nomination, assignment, now, rooms, residence: { id: residence.id, version: residence.version }, event: { event, subject: subjectOf(nomination, await titlesFor(deps, nomination)) } });
      deps.log.info(previous ? 'room reassigned' : 'room assigned', { nominationId: id, residenceId: residence.id });
      return { ...nomination, roomAssignment: assignment, version: nomination.version + 1, updatedAt: now };
    } catch (error) {
      if (error instanceof RoomChangedError) {
        if (++lost >= LOST_RACES) {
          const fresh = await readRoom(deps.db, residence.id, room.number);
          throw new ConflictError('room_busy', `Room ${room.number} of ${residence.name} is being given at this moment; here is what it holds now`, { occupancy: occupancyOf(fresh, room.beds) });
        }
      } else if (isTransactionConflict(error)) {
        await pauseAfterConflict(attempt + 1);
      } else if (!(error instanceof VersionConflictError)) {
        throw error;
      }
    }
  }
  throw new ConflictError('busy', 'Many rooms are being given at this moment; send it again');
}

export async function cancelRoom(deps: Deps, id: string, person: Person): Promise<Nomination> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const nomination = await assignable(deps, id, person);
    const previous = nomination.roomAssignment;
    if (!previous) throw new ConflictError('no_room_assigned', 'This nomination has no room to cancel', { status: nomination.status });
    const old = await readRoom(deps.db, previous.residenceId, previous.room);
    const now = deps.clock().toISOString();
    // Named as the assignment's event named it; a residence since removed from the directory by its id.
    const residence = (await readResidence(deps.db, previous.residenceId))?.name ?? previous.residenceId;
    const event = { type: 'room_cancelled' as const, at: now, actor: actorOf(person), residence, room: previous.room, from: previous.from, to: previous.to };
    try {
      await saveRoomAssignment(deps.db, {
        nomination,
        assignment: undefined,
        now,
        rooms: [{ ...old, stays: old.stays.filter((s) => s.nominationId !== id) }],
        event: { event, subject: subjectOf(nomination, await titlesFor(deps, nomination)) },
      });
      deps.log.info('room assignment cancelled', { nominationId: id, residenceId: previous.residenceId });
      const { roomAssignment: _gone, ...rest } = nomination;
      return { ...rest, version: nomination.version + 1, updatedAt: now };
    } catch (error) {
      if (isTransactionConflict(error)) await pauseAfterConflict(attempt + 1);
      else if (!(error instanceof VersionConflictError || error instanceof RoomChangedError)) throw error;
    }
  }
  throw new ConflictError('busy', 'Many rooms are being given at this moment; send it again');
}
