/** People, roles and faculties: who may submit and who decides. */
import * as z from 'zod';
import { EmailSchema, IdSchema, LanguageSchema, PersonNameSchema } from './common';

export const RoleNameSchema = z.enum([
  'admin',
  'submitter',
  'head_of_department',
  'dean',
  'international_office',
  'legal',
  'vice_rector',
  'rector',
]);
export type RoleName = z.infer<typeof RoleNameSchema>;

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
  language: LanguageSchema.default('en'),
  faculty: IdSchema.optional(),
  department: IdSchema.optional(),
  roles: z.array(RoleSchema).max(20),
});
export type Person = z.infer<typeof PersonSchema>;

export const FacultySchema = z.object({
  id: IdSchema,
  name: z.string().min(1).max(200),
  departments: z.array(z.object({ id: IdSchema, name: z.string().min(1).max(200) })),
});
export type Faculty = z.infer<typeof FacultySchema>;

export { scopeKey } from '../scopes';
