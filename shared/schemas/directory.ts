/** People, roles and faculties: who may submit and who decides. */
import * as z from 'zod/mini';
import { DOMAIN_NAME, EmailSchema, IdSchema, LanguageSchema, PersonNameSchema } from './common';

export const RoleNameSchema = z.enum([
  'admin',
  'submitter',
  'head_of_department',
  'dean',
  /** A faculty's academic (ECTS) coordinator: approves incoming students' study plans for the faculty. */
  'faculty_coordinator',
  'international_office',
  'legal',
  'vice_rector',
  'rector',
]);
export type RoleName = z.infer<typeof RoleNameSchema>;

/**
 * Roles the university holds once, for all of it: administering Hamkor, the international office,
 * legal review, the vice-rector and the rector. Given for one faculty they would still act
 * university-wide (nothing narrows them), so they are only ever given at university level.
 */
export const UNIVERSITY_ROLES: readonly RoleName[] = ['admin', 'international_office', 'legal', 'vice_rector', 'rector'];
export const isUniversityRole = (role: RoleName): boolean => UNIVERSITY_ROLES.includes(role);

/** Where a role applies: one department, one faculty, or the whole university. */
export const RoleScopeSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('university') }),
  z.object({ type: z.literal('faculty'), faculty: IdSchema }),
  z.object({ type: z.literal('department'), faculty: IdSchema, department: IdSchema }),
]);
export type RoleScope = z.infer<typeof RoleScopeSchema>;

export const RoleSchema = z.object({ role: RoleNameSchema, scope: RoleScopeSchema });
export type Role = z.infer<typeof RoleSchema>;

export const PersonSchema = z.object({
  email: EmailSchema,
  name: PersonNameSchema,
  language: z._default(LanguageSchema, 'en'),
  faculty: z.optional(IdSchema),
  department: z.optional(IdSchema),
  roles: z.array(RoleSchema).check(z.maxLength(20)),
});
export type Person = z.infer<typeof PersonSchema>;

const PlaceNameSchema = z.string().check(z.minLength(1), z.maxLength(200));

/**
 * A faculty's or department's name in the pages' other languages, as the directory gives them:
 * `name` is what lists and emails fall back on; `names.ru`, `names.uz` are shown to readers of
 * those languages.
 */
const PlaceNamesSchema = z.partial(z.strictObject({ en: PlaceNameSchema, ru: PlaceNameSchema, uz: PlaceNameSchema }));

/** The university itself, as its reports are headed: its name, and in the pages' other languages. */
export const UniversitySchema = z.object({
  name: PlaceNameSchema,
  names: z.optional(PlaceNamesSchema),
  /**
   * Its EWP institution id, its main domain in lower case (`uni.example`): the first partner of
   * every IIA it exports. Set in the directory file, never in a form: no message of its own to translate.
   */
  schacId: z.optional(z.string().check(z.maxLength(253), z.regex(DOMAIN_NAME), z.regex(/^[^A-Z]*$/))),
});
export type University = z.infer<typeof UniversitySchema>;

export const FacultySchema = z.object({
  id: IdSchema,
  name: PlaceNameSchema,
  names: z.optional(PlaceNamesSchema),
  departments: z.array(z.object({ id: IdSchema, name: PlaceNameSchema, names: z.optional(PlaceNamesSchema) })),
});
export type Faculty = z.infer<typeof FacultySchema>;

// ---- what administrators edit: people and their roles, approval chains ------------------

const VersionSchema = z.number().check(z.int(), z.minimum(1), z.maximum(1_000_000));
/** A chain never saved is at version 0. */
const ChainVersionSchema = z.number().check(z.int(), z.minimum(0), z.maximum(1_000_000));

const personFields = {
  name: PersonNameSchema,
  language: z._default(LanguageSchema, 'en'),
  faculty: z.optional(IdSchema),
  department: z.optional(IdSchema),
  roles: z._default(z.array(RoleSchema).check(z.maxLength(20)), []),
};

/**
 * A department belongs to a faculty; the same role in the same place twice is a slip; a
 * university role is held for the whole university.
 */
function checkPerson(p: { faculty?: string; department?: string; roles: Role[] }, ctx: z.core.$RefinementCtx) {
  if (p.department && !p.faculty) ctx.addIssue({ code: 'custom', path: ['faculty'], message: 'Choose the faculty the department belongs to' });
  const seen = new Set<string>();
  p.roles.forEach((r, i) => {
    if (isUniversityRole(r.role) && r.scope.type !== 'university') {
      ctx.addIssue({ code: 'custom', path: ['roles', i, 'scope'], message: 'This role is held for the whole university' });
    }
    const key = `${r.role}|${JSON.stringify(r.scope)}`;
    if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['roles', i, 'role'], message: 'This role is already given here' });
    seen.add(key);
  });
}

const personExample = {
  email: 'dean.law@uni.example',
  name: 'Dilnoza Karimova',
  language: 'uz',
  faculty: 'law',
  roles: [{ role: 'dean', scope: { type: 'faculty', faculty: 'law' } }],
};

/** A department's head, with a department and a role held for it. */
const headOfDepartmentExample = {
  email: 'head.economy@uni.example',
  name: 'Shahnoza Mirzaeva',
  language: 'ru',
  faculty: 'economics',
  department: 'world-economy',
  roles: [
    { role: 'head_of_department', scope: { type: 'department', faculty: 'economics', department: 'world-economy' } },
    { role: 'submitter', scope: { type: 'faculty', faculty: 'economics' } },
  ],
};
const { email: _email, ...headOfDepartmentForm } = headOfDepartmentExample;

/** Adding a person to the directory (admins). Their faculty, department and role scopes must exist. */
export const PersonInputSchema = z
  .strictObject({ email: EmailSchema, ...personFields })
  .check(z.superRefine(checkPerson))
  .check(z.meta({ id: 'PersonInput', example: personExample, examples: [personExample, headOfDepartmentExample] }));
export type PersonInput = z.infer<typeof PersonInputSchema>;

/** An edit of a person: everything but the address, with the version it was read at. */
export const PersonUpdateSchema = z
  .strictObject({ ...personFields, version: VersionSchema })
  .check(z.superRefine(checkPerson))
  .check(z.meta({ id: 'PersonUpdate', example: { ...personExample, email: undefined, version: 1 }, examples: [{ ...personExample, email: undefined, version: 1 }, { ...headOfDepartmentForm, version: 4 }] }));
export type PersonUpdate = z.infer<typeof PersonUpdateSchema>;

/** Roles that decide in a chain: everyone but administrators and submitters. */
const { admin: _admin, submitter: _submitter, ...decidingRoles } = RoleNameSchema.def.entries;
export const DecidingRoleSchema = z.enum(decidingRoles);

/** How a step with several holders of its role decides: one of them for all, or every one of them. */
export const DecidingPolicySchema = z.enum(['any', 'all']);
export type DecidingPolicy = z.output<typeof DecidingPolicySchema>;

export const ChainStepSchema = z
  .strictObject({
    id: IdSchema,
    role: DecidingRoleSchema,
    /** Whose department or faculty the role is looked up in (the nominee's; a memorandum's initiating faculty). */
    scope: z.enum(['department', 'faculty', 'university']),
    /** `any`: one approver decides for the step; `all`: every holder must approve. */
    policy: DecidingPolicySchema,
    dueDays: z.number().check(z.int(), z.minimum(1, 'At least one day'), z.maximum(60, 'At most 60 days')),
  });

/** A chain as an administrator saves it: the steps in order, with the version it was read at. */
export const ChainUpdateSchema = z
  .strictObject({
    steps: z.array(ChainStepSchema).check(
      z.minLength(1, 'A chain needs at least one step'),
      z.maxLength(12),
      z.superRefine((steps, ctx) => {
        const seen = new Set<string>();
        steps.forEach((s, i) => {
          if (seen.has(s.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: 'Two steps cannot have the same id' });
          seen.add(s.id);
        });
      }),
    ),
    version: ChainVersionSchema,
  })
  .check(z.meta({
    id: 'ChainUpdate',
    example: {
      steps: [
        { id: 'department', role: 'head_of_department', scope: 'department', policy: 'any', dueDays: 3 },
        { id: 'faculty', role: 'dean', scope: 'faculty', policy: 'any', dueDays: 3 },
        { id: 'international-office', role: 'international_office', scope: 'university', policy: 'any', dueDays: 5 },
      ],
      version: 1,
    },
  }));
export type ChainUpdate = z.infer<typeof ChainUpdateSchema>;
