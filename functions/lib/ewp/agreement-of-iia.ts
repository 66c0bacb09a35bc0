/**
 * A partner's IIA read into what our agreement holds: its cooperation conditions (mobilities a
 * year, months, ISCED-F fields, EQF levels, languages, academic years), the scopes they make, and
 * the term their academic years span. The reverse of iia-of-agreement.ts, and as strict: what our
 * agreement cannot hold as EWP says it (staff days, organisational units, a language without a
 * level…) is never converted or guessed, but left out and named in `unmapped`, so the office
 * knows what to settle with the partner. Pure: the caller finds the partner and writes.
 */
import { isIscedField } from '../../../shared/isced';
import { LanguageSkillSchema } from '../../../shared/schemas/common';
import type { CooperationCondition, MemorandumInput } from '../../../shared/schemas/agreement';
import type { Iia, IiaPartner, MobilitySpec, SpecKind } from './iia';

const TYPE: Record<SpecKind, CooperationCondition['type']> = {
  'student-studies': 'student_studies',
  'student-traineeship': 'student_traineeship',
  'staff-teacher': 'staff_teaching',
  'staff-training': 'staff_training',
};

/** What each kind of condition says the agreement covers. */
const SCOPE: Record<SpecKind, MemorandumInput['scope'][number]> = {
  'student-studies': 'student_exchange',
  'student-traineeship': 'internships',
  'staff-teacher': 'staff_exchange',
  'staff-training': 'staff_exchange',
};

/** Our limits (shared/schemas/agreement.ts): beyond them a value is named, not cut. */
const MAX_MOBILITIES = 1000;
const MAX_YEARS = 10;

/** A field of the partner's IIA our agreement does not take, where, and why. */
export type UnmappedField = { path: string; value: string; reason: string };

export type IiaAgreementPart = Pick<MemorandumInput, 'cooperationConditions' | 'scope' | 'startDate' | 'endDate'>;

export type AgreementOfIia = { part: IiaAgreementPart; unmapped: UnmappedField[] };

/** Why a partner's IIA cannot become an agreement at all. */
export class IiaNotMappableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IiaNotMappableError';
  }
}

const firstYear = (year: string) => Number(year.slice(0, 4));

/** `2027/2028` … `2029/2030`: every academic year from the first to the last. */
function yearsBetween(first: string, last: string): string[] {
  const years: string[] = [];
  for (let y = firstYear(first); y <= firstYear(last); y++) years.push(`${y}/${y + 1}`);
  return years;
}

function conditionOf(spec: MobilitySpec, sender: 'home' | 'partner', at: string, unmapped: UnmappedField[]): CooperationCondition | undefined {
  const skip = (path: string, value: string | number | undefined, reason: string) => {
    if (value !== undefined && value !== '') unmapped.push({ path: `${at}.${path}`, value: String(value), reason });
  };
  if (spec.mobilitiesPerYear > MAX_MOBILITIES) {
    skip('mobilities-per-year', spec.mobilitiesPerYear, `More than ${MAX_MOBILITIES} mobilities a year: the condition is left out`);
    return undefined;
  }
  const years = yearsBetween(spec.firstAcademicYear, spec.lastAcademicYear);
  if (years.length > MAX_YEARS) skip('receiving-first-academic-year-id', `${spec.firstAcademicYear}–${spec.lastAcademicYear}`, `Over ${MAX_YEARS} academic years: the condition names none and the agreement’s term covers them`);
  const languages: CooperationCondition['languages'] = [];
  for (const skill of spec.languages) {
    const parsed = LanguageSkillSchema.safeParse({ code: skill.language, level: skill.cefrLevel });
    if (parsed.success) languages.push(parsed.data);
    else skip('recommended-language-skill', skill.cefrLevel ? `${skill.language} ${skill.cefrLevel}` : skill.language, skill.cefrLevel ? 'Not an ISO 639-1 language with a CEFR level: left out' : 'No CEFR level: our conditions name a language with its level, so it is left out');
  }
  const subjectAreas: string[] = [];
  for (const area of spec.subjectAreas) {
    if (isIscedField(area.iscedF)) subjectAreas.push(area.iscedF);
    else skip('subject-area.isced-f-code', area.iscedF, 'No ISCED-F field has this code: left out');
    skip('subject-area.isced-clarification', area.clarification, 'Our conditions keep the ISCED-F code without a clarification');
  }
  skip('sending-ounit-id', spec.sendingOunitId, 'Our conditions name no organisational unit');
  skip('receiving-ounit-id', spec.receivingOunitId, 'Our conditions name no organisational unit');
  skip('other-info-terms', spec.otherInfoTerms, 'Our conditions have no free-text terms: put them in the summary or a document if they matter');
  const type = TYPE[spec.kind];
  const condition: CooperationCondition = {
    type,
    sender,
    mobilitiesPerYear: spec.mobilitiesPerYear,
    subjectAreas,
    eqfLevels: [],
    languages,
    academicYears: years.length > MAX_YEARS ? [] : years,
  };
  if (type === 'student_studies' || type === 'student_traineeship') {
    if (spec.totalMonthsPerYear !== undefined) condition.totalMonthsPerYear = spec.totalMonthsPerYear;
    if (spec.blended) condition.blended = true;
    for (const level of spec.eqfLevels) {
      if (level >= 5 && level <= 8) condition.eqfLevels.push(level);
      else skip('eqf-level', level, 'Our conditions take EQF levels 5 to 8 (higher education): left out');
    }
  } else {
    // EWP counts staff mobility in days, we in months; a month is not a fixed number of days.
    skip('total-days-per-year', spec.totalDaysPerYear, 'EWP counts staff mobility in days, Hamkor in months: not converted; enter the months if the agreement fixes them');
  }
  return condition;
}

function partnerFields(p: IiaPartner, side: 'us' | 'partner', unmapped: UnmappedField[]): void {
  if (p.signingContact) unmapped.push({ path: `${side}.signing-contact`, value: p.signingContact.name, reason: 'Signatures are recorded on the agreement’s page once it is approved, not taken from the file' });
  if (p.signingDate) unmapped.push({ path: `${side}.signing-date`, value: p.signingDate, reason: 'Signatures are recorded on the agreement’s page once it is approved, not taken from the file' });
  if (side === 'partner' && p.contacts.length > 0) {
    unmapped.push({ path: 'partner.contact', value: p.contacts.map((c) => c.name).join(', '), reason: 'The partner’s contacts are kept on the partner’s page: add them there if they are new' });
  }
}

/**
 * The partner's IIA as our agreement's conditions, scopes and term. `ourHeiId` tells which side
 * is us (the partner serves its IIA with itself first); a spec between two other institutions,
 * which no valid IIA with us has, is named and left out.
 */
export function agreementOfIia(iia: Iia, ourHeiId: string): AgreementOfIia {
  const unmapped: UnmappedField[] = [];
  const us = iia.partners.find((p) => p.heiId === ourHeiId);
  if (!us) throw new IiaNotMappableError(`Our university (${ourHeiId}) is not a partner of this IIA`);
  const them = iia.partners.find((p) => p !== us)!;
  partnerFields(us, 'us', unmapped);
  partnerFields(them, 'partner', unmapped);
  if (iia.pdfFile) unmapped.push({ path: 'pdf-file', value: `${iia.pdfFile.length} characters`, reason: 'Upload the signed copy as the agreement’s document instead' });
  if (iia.terminatedAsAWhole) unmapped.push({ path: 'terminated-as-a-whole', value: 'true', reason: 'The partner has terminated this IIA: nothing of it is in force' });

  const seen = new Map<string, number>();
  const conditions: CooperationCondition[] = [];
  const spans: { first: string; last: string }[] = [];
  for (const spec of iia.specs) {
    const sender = spec.sendingHeiId === us.heiId ? 'home' : spec.sendingHeiId === them.heiId ? 'partner' : undefined;
    const receiver = spec.receivingHeiId === us.heiId ? 'home' : spec.receivingHeiId === them.heiId ? 'partner' : undefined;
    // The same path the field-by-field comparison uses (iia-compare.ts), so the two lists read alike.
    const direction = `${sender === 'home' ? 'us' : 'partner'}-to-${sender === 'home' ? 'partner' : 'us'}`;
    const group = `${spec.kind}.${direction}`;
    const n = (seen.get(group) ?? 0) + 1;
    seen.set(group, n);
    const at = `${group}.${n}`;
    if (!sender || !receiver || sender === receiver) {
      unmapped.push({ path: `${at}.sending-hei-id`, value: `${spec.sendingHeiId} → ${spec.receivingHeiId}`, reason: 'Not a mobility between us and the partner: left out' });
      continue;
    }
    const condition = conditionOf(spec, sender, at, unmapped);
    if (!condition) continue;
    conditions.push(condition);
    spans.push({ first: spec.firstAcademicYear, last: spec.lastAcademicYear });
  }
  if (conditions.length === 0) throw new IiaNotMappableError('The IIA has no cooperation condition between us and the partner that our agreement can hold: there is nothing to create from');

  // The term: from the first academic year's September to the last one's August (academicYearOf's September start).
  const first = Math.min(...spans.map((s) => firstYear(s.first)));
  const last = Math.max(...spans.map((s) => firstYear(s.last)));
  const scope = [...new Set(iia.specs.filter((s) => conditions.some((c) => c.type === TYPE[s.kind])).map((s) => SCOPE[s.kind]))];
  return {
    part: { cooperationConditions: conditions, scope, startDate: `${first}-09-01`, endDate: `${last + 1}-08-31` },
    unmapped,
  };
}
