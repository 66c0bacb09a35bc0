/**
 * Our IIA beside a partner's, field by field. Each side serves its own IIA with itself first, so
 * partners are compared as "us" and "the partner" (by our SCHAC id), not by position, and each
 * mobility spec by its kind and direction, then by its place among those (the n-th
 * student-studies spec from us to the partner on each side). Contacts are not compared: they are
 * outside what both sides approve (the hash).
 */
import type { Iia, MobilitySpec } from './iia';

export type Difference = { path: string; ours: string | null; theirs: string | null };

const list = (values: (string | number)[]) => (values.length ? values.join(', ') : null);
const value = (v: string | number | boolean | undefined) => (v === undefined ? null : String(v));

function specFields(s: MobilitySpec): Record<string, string | null> {
  return {
    'receiving-first-academic-year-id': s.firstAcademicYear,
    'receiving-last-academic-year-id': s.lastAcademicYear,
    'mobilities-per-year': String(s.mobilitiesPerYear),
    'recommended-language-skill': list(s.languages.map((l) => (l.cefrLevel ? `${l.language} ${l.cefrLevel}` : l.language))),
    'subject-area': list(s.subjectAreas.map((a) => (a.clarification ? `${a.iscedF} (${a.clarification})` : a.iscedF))),
    'total-months-per-year': value(s.totalMonthsPerYear),
    'total-days-per-year': value(s.totalDaysPerYear),
    blended: value(s.blended),
    'eqf-level': list(s.eqfLevels),
    'sending-ounit-id': value(s.sendingOunitId),
    'receiving-ounit-id': value(s.receivingOunitId),
    'other-info-terms': value(s.otherInfoTerms),
  };
}

/** Every compared field of one side, by path; `ourHeiId` tells which partner is us. */
function fieldsOf(iia: Iia, ourHeiId: string): Map<string, string | null> {
  const side = (heiId: string) => (heiId === ourHeiId ? 'us' : 'partner');
  const us = iia.partners.find((p) => p.heiId === ourHeiId) ?? iia.partners[0];
  const them = iia.partners.find((p) => p !== us)!;
  const fields = new Map<string, string | null>([
    ['us.hei-id', us.heiId || null],
    ['partner.hei-id', them.heiId || null],
    // The partner's copy of our id: null until the partner has mapped our agreement to theirs.
    ['us.iia-id', us.iiaId ?? null],
    ['in-effect', String(iia.inEffect)],
    ['terminated-as-a-whole', String(iia.terminatedAsAWhole ?? false)],
  ]);
  const seen = new Map<string, number>();
  for (const spec of iia.specs) {
    const group = `${spec.kind}.${side(spec.sendingHeiId)}-to-${side(spec.receivingHeiId)}`;
    const n = (seen.get(group) ?? 0) + 1;
    seen.set(group, n);
    for (const [name, v] of Object.entries(specFields(spec))) fields.set(`${group}.${n}.${name}`, v);
  }
  return fields;
}

/** The fields whose values differ (a spec only one side has shows as all its fields against null). */
export function compareIias(ours: Iia, theirs: Iia, ourHeiId: string): Difference[] {
  const [a, b] = [fieldsOf(ours, ourHeiId), fieldsOf(theirs, ourHeiId)];
  const paths = [...new Set([...a.keys(), ...b.keys()])];
  return paths.map((path) => ({ path, ours: a.get(path) ?? null, theirs: b.get(path) ?? null })).filter((d) => d.ours !== d.theirs);
}
