/**
 * A study plan's changes between versions in the reader's words: shared by the plan's section on
 * the item's page and the coordinator's page on /act, apart from both so the approver's page does
 * not carry the section's editor.
 */
import type * as z from 'zod';
import type * as SP from '../../shared/schemas/study-plan-responses';
import { t, type MessageKey } from './i18n/live';

export type FieldChange = z.output<typeof SP.StudyPlanVersionListSchema>['versions'][number]['changes'][number];

/** One change of a version in words: a course added, removed, or one of its fields from → to. */
export function changeLine(c: FieldChange): string {
  const [head, code, field] = c.path.split('.');
  const plan: Record<string, MessageKey> = { note: 'plan.note', period: 'plan.period' };
  if (head !== 'courses' || !code) return t('plan.otherChange', { field: plan[c.path] ? t(plan[c.path]!) : c.path });
  if (!field) return t(c.to === undefined ? 'plan.removed' : 'plan.added', { code });
  const names: Record<string, MessageKey> = { credits: 'plan.credits', ectsCredits: 'plan.ects', title: 'plan.title', creditSystem: 'plan.system' };
  return t('plan.changed', { code, field: names[field] ? t(names[field]!) : field, from: String(c.from ?? '—'), to: String(c.to ?? '—') });
}
