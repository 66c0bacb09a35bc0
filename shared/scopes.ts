/**
 * Where a role applies, as a key: kept apart from the zod schemas (shared/schemas/directory.ts)
 * so that functions which only look role holders up do not bundle zod for it.
 */
export type ScopeRef = { type: 'university' } | { type: 'faculty'; faculty: string } | { type: 'department'; faculty: string; department: string };

/** The key under which role holders are found: `department:physics/general-physics`. */
export function scopeKey(scope: ScopeRef): string {
  switch (scope.type) {
    case 'university':
      return 'university';
    case 'faculty':
      return `faculty:${scope.faculty}`;
    case 'department':
      return `department:${scope.faculty}/${scope.department}`;
  }
}
