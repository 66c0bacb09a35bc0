/** Whether a chain can find its approvers: problems refuse it, gaps only warn. */
import { describe, expect, it } from 'vitest';
import type { Faculty, Role } from '../../shared/schemas';
import { checkChain, CHAIN_MESSAGES, type ChainStep } from '../../shared/workflow';

const faculties: Faculty[] = [
  { id: 'physics', name: 'Physics', departments: [{ id: 'general', name: 'General physics' }, { id: 'theory', name: 'Theoretical physics' }] },
  { id: 'law', name: 'Law', departments: [{ id: 'civil', name: 'Civil law' }] },
];
const holder = (...roles: Role[]) => ({ roles });
const people = [
  holder({ role: 'head_of_department', scope: { type: 'department', faculty: 'physics', department: 'general' } }),
  holder({ role: 'dean', scope: { type: 'faculty', faculty: 'physics' } }, { role: 'dean', scope: { type: 'faculty', faculty: 'law' } }),
  holder({ role: 'rector', scope: { type: 'university' } }),
];
const step = (role: ChainStep['role'], scope: ChainStep['scope']): ChainStep => ({ id: `${role}-${scope}`, role, scope, policy: 'any', dueDays: 3 });

describe('checkChain', () => {
  it('passes a chain every step of which resolves everywhere', () => {
    expect(checkChain('nomination', [step('dean', 'faculty'), step('rector', 'university')], faculties, people)).toEqual({ problems: [], gaps: [] });
  });

  it('warns of the departments a step finds nobody in, without refusing', () => {
    const { problems, gaps } = checkChain('nomination', [step('head_of_department', 'department')], faculties, people);
    expect(problems).toEqual([]);
    expect(gaps).toEqual([
      { stepIndex: 0, stepId: 'head_of_department-department', role: 'head_of_department', missing: [{ faculty: 'physics', department: 'theory' }, { faculty: 'law', department: 'civil' }] },
    ]);
  });

  it('refuses a role nobody holds on its role, and a role held only at another level on its scope', () => {
    const { problems } = checkChain('nomination', [step('legal', 'university'), step('rector', 'faculty'), step('dean', 'university')], faculties, people);
    expect(problems).toEqual([
      { path: 'steps.0.role', message: CHAIN_MESSAGES.nobodyHolds },
      { path: 'steps.1.scope', message: CHAIN_MESSAGES.otherLevel },
      { path: 'steps.2.scope', message: CHAIN_MESSAGES.otherLevel },
    ]);
  });

  it('refuses a step that repeats an earlier one, on the later step’s role, however far apart', () => {
    const steps = [step('head_of_department', 'department'), step('dean', 'faculty'), step('rector', 'university'), step('dean', 'university'), step('dean', 'faculty')];
    expect(checkChain('nomination', steps, faculties, people).problems).toEqual([
      { path: 'steps.3.scope', message: CHAIN_MESSAGES.otherLevel },
      { path: 'steps.4.role', message: CHAIN_MESSAGES.repeated },
    ]);
  });

  it('refuses a department step on a memorandum, which has no department', () => {
    expect(checkChain('memorandum', [step('head_of_department', 'department')], faculties, people).problems).toEqual([{ path: 'steps.0.scope', message: CHAIN_MESSAGES.memorandumDepartment }]);
  });

  it('refuses a faculty step when the directory has no faculties', () => {
    expect(checkChain('nomination', [step('dean', 'faculty')], [], people).problems).toEqual([{ path: 'steps.0.scope', message: CHAIN_MESSAGES.noPlaces }]);
  });
});
