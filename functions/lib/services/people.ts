/**
 * The directory as administrators keep it: people and their roles, and the approval chains.
 * The international office reads both (it needs to know who decides what); only administrators
 * write. Every edit is made against the version that was read: a stale edit is a 409 with what
 * is there now, never a silent overwrite. A change of roles carries, in its transaction, the
 * event from which the approval steps waiting on those roles are re-resolved (services/approvers.ts).
 */
import { ConflictError, ForbiddenError, NotFoundError, ValidationError, type FieldError } from '../../../shared/errors';
import type { ChainUpdate, Faculty, Person, PersonInput, PersonUpdate } from '../../../shared/schemas';
import { checkChain, type ChainGap, type ReviewKind } from '../../../shared/workflow';
import type { Deps } from '../deps';
import { listFaculties } from '../db/directory';
import {
  AdminGoneError,
  ChainChangedError,
  insertPerson,
  listPeople,
  PersonChangedError,
  PersonExistsError,
  readAdminEmails,
  readChainRecord,
  readPersonRecord,
  replacePerson,
  saveChain,
  type ChainRecord,
  type PersonRecord,
} from '../db/people';
import { isTransactionConflict } from '../db/errors';
import type { HeldRole, RolesChanged } from '../db/notices';
import { scopeKey } from '../../../shared/scopes';
import { isAdmin, isOffice } from './identity';

export type ChainView = ChainRecord & { gaps: ChainGap[] };

export const REVIEW_KINDS: readonly ReviewKind[] = ['nomination', 'memorandum'];

function requireAdmin(person: Person, what: string): void {
  if (!isAdmin(person)) throw new ForbiddenError(`Only administrators change ${what}`);
}

function requireOffice(person: Person): void {
  if (!isOffice(person)) throw new ForbiddenError('Only the international office sees the directory');
}

const byName = (a: PersonRecord, b: PersonRecord) => a.name.localeCompare(b.name) || a.email.localeCompare(b.email);

// ---- people -------------------------------------------------------------------------------

export async function people(deps: Deps, actor: Person): Promise<PersonRecord[]> {
  requireOffice(actor);
  return (await listPeople(deps.db)).sort(byName);
}

/** The person's faculty, department and every role's place must be in the directory. */
function placeProblems(p: PersonInput | PersonUpdate, faculties: Faculty[]): FieldError[] {
  const byId = new Map(faculties.map((f) => [f.id, f]));
  const problems: FieldError[] = [];
  const check = (path: string, faculty: string | undefined, department: string | undefined) => {
    if (!faculty) return;
    const f = byId.get(faculty);
    if (!f) return problems.push({ path: `${path}faculty`, message: 'No faculty with this id' });
    if (department && !f.departments.some((d) => d.id === department)) problems.push({ path: `${path}department`, message: 'No department with this id in this faculty' });
  };
  check('', p.faculty, p.department);
  p.roles.forEach((r, i) => {
    if (r.scope.type !== 'university') check(`roles.${i}.scope.`, r.scope.faculty, r.scope.type === 'department' ? r.scope.department : undefined);
  });
  return problems;
}

async function checkPlaces(deps: Deps, p: PersonInput | PersonUpdate): Promise<void> {
  const problems = placeProblems(p, await listFaculties(deps.db));
  if (problems.length > 0) throw new ValidationError('Some faculties or departments are not in the directory', problems);
}

export async function addPerson(deps: Deps, input: PersonInput, actor: Person): Promise<PersonRecord> {
  requireAdmin(actor, 'people and roles');
  await checkPlaces(deps, input);
  const person: PersonRecord = { ...input, version: 1, updatedAt: deps.clock().toISOString() };
  try {
    await insertPerson(deps.db, person, rolesChangedBy(actor, person, [], person.roles));
  } catch (error) {
    if (!(error instanceof PersonExistsError)) throw error;
    const current = await readPersonRecord(deps.db, input.email);
    throw new ConflictError('person_exists', `${input.email} is already in the directory`, { person: current });
  }
  deps.log.info('person added', { roles: person.roles.map((r) => r.role) });
  return person;
}

/** The roles (in their places) one of the two lists has and the other has not: what a step may have to follow. */
export function roleChanges(previous: Person['roles'], next: Person['roles']): { lost: HeldRole[]; gained: HeldRole[] } {
  const held = (roles: Person['roles']) => new Map(roles.map((r) => [`${r.role}|${scopeKey(r.scope)}`, { role: r.role, scope: scopeKey(r.scope) }]));
  const before = held(previous);
  const after = held(next);
  return { lost: [...before].filter(([k]) => !after.has(k)).map(([, r]) => r), gained: [...after].filter(([k]) => !before.has(k)).map(([, r]) => r) };
}

/** The event a change of roles writes with it (none when the roles stay as they were). */
function rolesChangedBy(actor: Person, person: PersonRecord, previous: Person['roles'], next: Person['roles']): RolesChanged | undefined {
  const { lost, gained } = roleChanges(previous, next);
  if (lost.length === 0 && gained.length === 0) return undefined;
  return { type: 'roles_changed', at: person.updatedAt!, email: person.email, name: person.name, actor: { email: actor.email, name: actor.name }, lost, gained };
}

const changed = (current: PersonRecord) =>
  new ConflictError('person_changed', 'Someone changed this person since you opened them; here is the current version', { person: current });

const lastAdmin = () => new ConflictError('last_admin', 'The university would be left without an administrator; give the role to someone else first');

/** Enough for a few simultaneous edits of one person; each round reads afresh. */
const MAX_ATTEMPTS = 5;

export async function editPerson(deps: Deps, email: string, update: PersonUpdate, actor: Person): Promise<PersonRecord> {
  requireAdmin(actor, 'people and roles');
  const { version, ...input } = update;
  await checkPlaces(deps, update);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const current = await readPersonRecord(deps.db, email);
    if (!current) throw new NotFoundError('No one with this address in the directory');
    if (current.version !== version) throw changed(current);
    const next: PersonRecord = { ...input, email: current.email, version: current.version + 1, updatedAt: deps.clock().toISOString() };
    const losesAdmin = isAdmin(current) && !isAdmin(next);
    // Another administrator whose role is checked inside the same transaction.
    const keepingAdmin = losesAdmin ? (await readAdminEmails(deps.db)).find((e) => e !== email) : undefined;
    if (losesAdmin && !keepingAdmin) throw lastAdmin();
    try {
      await replacePerson(deps.db, next, current, keepingAdmin, rolesChangedBy(actor, next, current.roles, next.roles));
      deps.log.info('person edited', { version: next.version, roles: next.roles.map((r) => r.role) });
      return next;
    } catch (error) {
      if (error instanceof PersonChangedError || error instanceof AdminGoneError) continue; // read again: the next round decides on what won
      if (isTransactionConflict(error)) continue;
      throw error;
    }
  }
  throw new ConflictError('busy', 'This person is being changed by someone else at this moment; send it again');
}

// ---- approval chains ----------------------------------------------------------------------

async function directoryNow(deps: Deps): Promise<{ faculties: Faculty[]; people: PersonRecord[] }> {
  const [faculties, everyone] = await Promise.all([listFaculties(deps.db), listPeople(deps.db)]);
  return { faculties, people: everyone };
}

export async function chains(deps: Deps, actor: Person): Promise<ChainView[]> {
  requireOffice(actor);
  const [records, directory] = await Promise.all([Promise.all(REVIEW_KINDS.map((k) => readChainRecord(deps.db, k))), directoryNow(deps)]);
  return records.map((chain) => ({ ...chain, gaps: checkChain(chain.kind, chain.steps, directory.faculties, directory.people).gaps }));
}

export function reviewKind(kind: string): ReviewKind {
  const found = REVIEW_KINDS.find((k) => k === kind);
  if (!found) throw new NotFoundError('There is no approval chain of this kind; the kinds are nomination and memorandum');
  return found;
}

/**
 * Saves a chain only when every step can find an approver somewhere. It applies to what is
 * submitted from now on: an item in review keeps the steps it was submitted with.
 */
export async function editChain(deps: Deps, kindParam: string, update: ChainUpdate, actor: Person): Promise<ChainView> {
  requireAdmin(actor, 'approval chains');
  const kind = reviewKind(kindParam);
  const [current, directory] = await Promise.all([readChainRecord(deps.db, kind), directoryNow(deps)]);
  if (current.version !== update.version) throw new ConflictError('chain_changed', 'Someone changed this chain since you opened it; here is the current version', { chain: current });
  const { problems, gaps } = checkChain(kind, update.steps, directory.faculties, directory.people);
  if (problems.length > 0) throw new ValidationError('Some steps could never find an approver', problems);
  const next: ChainRecord = { kind, steps: update.steps, version: current.version + 1, updatedAt: deps.clock().toISOString(), updatedBy: actor.email };
  try {
    await saveChain(deps.db, next, current.version);
  } catch (error) {
    if (!(error instanceof ChainChangedError)) throw error;
    throw new ConflictError('chain_changed', 'Someone changed this chain at the same moment; here is the current version', { chain: await readChainRecord(deps.db, kind) });
  }
  deps.log.info('chain edited', { kind, version: next.version, steps: next.steps.length });
  return { ...next, gaps };
}
