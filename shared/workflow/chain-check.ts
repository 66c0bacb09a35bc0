/**
 * Whether an approval chain can find its approvers in the directory, before it is saved.
 *
 * Two grades, because a directory is filled in over weeks:
 * - a **problem** refuses the chain: a step nobody could ever resolve (nobody holds the role at
 *   that level anywhere, or a department step on a memorandum, which has no department), or a
 *   step that repeats an earlier one (the same role at the same level);
 * - a **gap** is a warning: the step resolves for some faculties or departments but not for
 *   others. A submission from such a place is refused at submission with a clear error (the
 *   engine's buildSteps), never skipped; the chains page lists the gaps so they get filled.
 *
 * The messages are fixed sentences so the pages can word them in Russian and Uzbek
 * (shared/i18n/validation.ts looks them up by their English text).
 */
import type { FieldError } from '../errors';
import type { Faculty, Person, RoleName } from '../schemas/directory';
import { scopeKey } from '../scopes';
import type { ChainStep, ReviewKind, StepScope } from './types';

export type MissingPlace = { faculty: string; department?: string };
export type ChainGap = { stepIndex: number; stepId: string; role: RoleName; missing: MissingPlace[] };
export type ChainCheck = { problems: FieldError[]; gaps: ChainGap[] };

export const CHAIN_MESSAGES = {
  nobodyHolds: 'Nobody holds this role yet; give it to someone under People first',
  otherLevel: 'Nobody holds this role at this level; choose the level it is given at',
  memorandumDepartment: 'A memorandum has no department; choose faculty or university',
  noPlaces: 'The directory has no faculties or departments for this level',
  repeated: 'An earlier step already asks this role at this level',
} as const;

/** Where each role is held: role → the scope keys of its holders (`faculty:law`, `university`). */
function holdings(people: Pick<Person, 'roles'>[]): Map<RoleName, Set<string>> {
  const held = new Map<RoleName, Set<string>>();
  for (const person of people) {
    for (const r of person.roles) {
      const keys = held.get(r.role) ?? new Set<string>();
      keys.add(scopeKey(r.scope));
      held.set(r.role, keys);
    }
  }
  return held;
}

/** Every place a step at this level is looked up in: the university, each faculty, or each department. */
function placesAt(scope: StepScope, faculties: Faculty[]): { key: string; place: MissingPlace }[] {
  if (scope === 'university') return [{ key: 'university', place: { faculty: '' } }];
  if (scope === 'faculty') return faculties.map((f) => ({ key: scopeKey({ type: 'faculty', faculty: f.id }), place: { faculty: f.id } }));
  return faculties.flatMap((f) =>
    f.departments.map((d) => ({ key: scopeKey({ type: 'department', faculty: f.id, department: d.id }), place: { faculty: f.id, department: d.id } })),
  );
}

export function checkChain(kind: ReviewKind, steps: ChainStep[], faculties: Faculty[], people: Pick<Person, 'roles'>[]): ChainCheck {
  const held = holdings(people);
  const problems: FieldError[] = [];
  const gaps: ChainGap[] = [];
  // The same approvers asked twice in one chain decide twice on the same thing: a slip, refused on the later step.
  const asked = new Set<string>();
  steps.forEach((step, i) => {
    const at = (field: 'role' | 'scope', message: string) => problems.push({ path: `steps.${i}.${field}`, message });
    const who = `${step.role}|${step.scope}`;
    if (asked.has(who)) return at('role', CHAIN_MESSAGES.repeated);
    asked.add(who);
    if (kind === 'memorandum' && step.scope === 'department') return at('scope', CHAIN_MESSAGES.memorandumDepartment);
    const holders = held.get(step.role);
    if (!holders || holders.size === 0) return at('role', CHAIN_MESSAGES.nobodyHolds);
    const places = placesAt(step.scope, faculties);
    if (places.length === 0) return at('scope', CHAIN_MESSAGES.noPlaces);
    const missing = places.filter((p) => !holders.has(p.key));
    if (missing.length === places.length) return at('scope', CHAIN_MESSAGES.otherLevel);
    if (missing.length > 0) gaps.push({ stepIndex: i, stepId: step.id, role: step.role, missing: missing.map((m) => m.place) });
  });
  return { problems, gaps };
}
