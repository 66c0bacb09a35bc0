/**
 * Versions of an agreement, pure: what changed between two contents, field by field, and whether
 * a change is material. A material change (cooperation conditions, dates) must pass the chain
 * again while the approved version stays in force; any other change is a new version at once.
 */
import { canonicalJson } from '../canonical';
import type { MemorandumInput } from '../schemas/agreement';

export type FieldChange = { path: string; from?: unknown; to?: unknown };

/** Fields whose change sends the agreement back through its chain (what the places and dates rest on). */
export const MATERIAL_FIELDS = ['cooperationConditions', 'startDate', 'endDate'] as const;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Every leaf that differs, as a dotted path (`cooperationConditions.0.mobilitiesPerYear`).
 * Arrays are compared by position, except arrays of plain values, which are compared whole
 * (`scope`, `subjectAreas`: a reordering is not a change worth a line each).
 */
export function diffContent(from: unknown, to: unknown, path = ''): FieldChange[] {
  if (canonicalJson(from ?? null) === canonicalJson(to ?? null)) return [];
  if (isObject(from) && isObject(to)) {
    const keys = [...new Set([...Object.keys(from), ...Object.keys(to)])].sort();
    return keys.flatMap((k) => diffContent(from[k], to[k], path ? `${path}.${k}` : k));
  }
  if (Array.isArray(from) && Array.isArray(to) && [...from, ...to].some((v) => typeof v === 'object' && v !== null)) {
    const length = Math.max(from.length, to.length);
    return Array.from({ length }, (_, i) => diffContent(from[i], to[i], `${path}.${i}`)).flat();
  }
  if (Array.isArray(from) && Array.isArray(to) && canonicalJson([...from].sort()) === canonicalJson([...to].sort())) return [];
  return [{ path, ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) }];
}

export function isMaterial(changes: FieldChange[]): boolean {
  return changes.some((c) => MATERIAL_FIELDS.some((f) => c.path === f || c.path.startsWith(`${f}.`)));
}

/** A version of an agreement: immutable once written. */
export type AgreementVersion = {
  number: number;
  content: MemorandumInput;
  at: string;
  by: { email: string; name: string };
  /** How it came to be: the first approval, an edit that needed no chain, an approved amendment, or the seed. */
  how: 'approved' | 'edited' | 'amendment' | 'imported';
  changes: FieldChange[];
  note?: string;
  amendment?: { id: string; reference: string };
};
