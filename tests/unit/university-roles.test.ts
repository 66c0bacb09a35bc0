/**
 * The roles the university holds once, for all of it (administrator, international office, legal,
 * vice-rector, rector): the directory's schemas refuse them for a faculty or a department, and a
 * profile that holds one so (recorded before the rule) does not carry its powers.
 */
import { describe, expect, it } from 'vitest';
import { isAdmin, isOffice } from '../../functions/lib/services/identity';
import { PersonInputSchema, PersonUpdateSchema, type Person } from '../../shared/schemas';

const person = (roles: Person['roles']): Person => ({ email: 'malika@uni.example', name: 'Malika Yusupova', language: 'en', roles });
const economics = { type: 'faculty', faculty: 'economics' } as const;

describe('roles held for the whole university', () => {
  it('are refused for a faculty or a department, on the role’s scope', () => {
    const result = PersonUpdateSchema.safeParse({ name: 'Malika Yusupova', version: 3, roles: [{ role: 'dean', scope: economics }, { role: 'admin', scope: economics }] });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['roles.1.scope', 'This role is held for the whole university']]);
    for (const role of ['international_office', 'legal', 'vice_rector', 'rector']) {
      const added = PersonInputSchema.safeParse({ email: 'x@uni.example', name: 'X', roles: [{ role, scope: { type: 'department', faculty: 'physics', department: 'general-physics' } }] });
      expect(added.error?.issues[0]?.path).toEqual(['roles', 0, 'scope']);
      expect(PersonInputSchema.safeParse({ email: 'x@uni.example', name: 'X', roles: [{ role, scope: { type: 'university' } }] }).success).toBe(true);
    }
  });

  it('give their powers only when held for the whole university', () => {
    expect(isAdmin(person([{ role: 'admin', scope: { type: 'university' } }]))).toBe(true);
    expect(isAdmin(person([{ role: 'admin', scope: economics }]))).toBe(false);
    expect(isOffice(person([{ role: 'admin', scope: economics }]))).toBe(false);
    expect(isOffice(person([{ role: 'international_office', scope: economics }]))).toBe(false);
    expect(isOffice(person([{ role: 'international_office', scope: { type: 'university' } }]))).toBe(true);
  });
});
