/**
 * An agreement as an EWP IIA: our university first (we serve the document), the partner second,
 * one mobility spec per cooperation condition. What Hamkor does not hold is never made up: it is
 * left out where EWP allows, marked not-yet-defined where EWP provides for it, and always named
 * in `missing`, so the office knows what to complete before a partner can approve the hash.
 */
import type { Agreement, Partner } from '../../../shared/schemas';
import type { CooperationCondition } from '../../../shared/schemas/agreement';
import type { University } from '../../../shared/schemas/directory';
import type { Iia, IiaContact, IiaPartner, MissingField, MobilitySpec, SpecKind } from './iia';
import { isStudentKind, SPEC_KINDS } from './iia';

const KIND: Record<CooperationCondition['type'], SpecKind> = {
  student_studies: 'student-studies',
  student_traineeship: 'student-traineeship',
  staff_teaching: 'staff-teacher',
  staff_training: 'staff-training',
};

/** Signed, or once in force: EWP's `in-effect` ("is or once was in effect"). */
const IN_EFFECT = new Set(['active', 'expired', 'terminated']);

/** The academic year a date falls in, taking September as its first month (`2024-09-01` → `2024/2025`). */
export function academicYearOf(date: string): string {
  const year = Number(date.slice(0, 4));
  const first = Number(date.slice(5, 7)) >= 9 ? year : year - 1;
  return `${first}/${first + 1}`;
}

/** EWP decimals have at most two fraction digits and must be above zero. */
const twoDecimals = (n: number) => Math.round(n * 100) / 100;

function yearsOf(condition: CooperationCondition, agreement: Agreement, at: string, missing: MissingField[]): { first: string; last: string } {
  const years = [...condition.academicYears].sort();
  if (years.length > 0) return { first: years[0]!, last: years[years.length - 1]! };
  const first = academicYearOf(agreement.content.startDate);
  if (agreement.content.endDate) return { first, last: academicYearOf(agreement.content.endDate) };
  missing.push({ field: `${at}.academicYears`, message: 'No academic years and no end date: the last academic year is given as the first; name the years in the condition' });
  return { first, last: first };
}

function specOf(condition: CooperationCondition, agreement: Agreement, heiIds: { home: string; partner: string }, at: string, missing: MissingField[]): MobilitySpec | undefined {
  const kind = KIND[condition.type];
  if (condition.mobilitiesPerYear < 1) {
    missing.push({ field: `${at}.mobilitiesPerYear`, message: 'No mobilities a year: EWP has no such condition, so it is left out' });
    return undefined;
  }
  const { first, last } = yearsOf(condition, agreement, at, missing);
  const [sendingHeiId, receivingHeiId] = condition.sender === 'home' ? [heiIds.home, heiIds.partner] : [heiIds.partner, heiIds.home];
  if (condition.languages.length === 0 && (kind === 'student-studies' || kind === 'staff-teacher')) {
    missing.push({ field: `${at}.languages`, message: 'No recommended language: exported as not yet defined, which a partner cannot approve' });
  }
  const spec: MobilitySpec = {
    kind,
    sendingHeiId,
    receivingHeiId,
    firstAcademicYear: first,
    lastAcademicYear: last,
    mobilitiesPerYear: condition.mobilitiesPerYear,
    languages: condition.languages.map((l) => ({ language: l.code, cefrLevel: l.level })),
    subjectAreas: condition.subjectAreas.map((code) => ({ iscedF: code })),
    eqfLevels: [],
  };
  if (isStudentKind(kind)) {
    const months = condition.totalMonthsPerYear === undefined ? 0 : twoDecimals(condition.totalMonthsPerYear);
    if (months > 0) spec.totalMonthsPerYear = months;
    spec.blended = condition.blended ?? false;
    spec.eqfLevels = [...condition.eqfLevels];
  } else {
    // Hamkor keeps months for every condition; EWP counts staff mobility in days, and a month is
    // not a fixed number of days, so nothing is guessed.
    if (condition.totalMonthsPerYear !== undefined) missing.push({ field: `${at}.totalMonthsPerYear`, message: 'EWP counts staff mobility in days, Hamkor in months: total-days-per-year is left out' });
    if (condition.eqfLevels.length > 0) missing.push({ field: `${at}.eqfLevels`, message: 'EWP has no EQF levels for staff mobility: left out' });
  }
  return spec;
}

/** EWP's e-mail pattern is looser than ours; anything it would refuse is left out rather than break the file. */
const EWP_EMAIL = /^[^@]+@[^.]+\..+$/;

function contactOf(c: { name: string; email?: string; phone?: string; role?: string }): IiaContact {
  return { name: c.name, ...(c.email && EWP_EMAIL.test(c.email) ? { email: c.email } : {}), ...(c.phone ? { phone: c.phone } : {}), ...(c.role ? { role: c.role } : {}) };
}

function signer(signature: { signatoryName: string; signatoryPosition: string; date: string } | undefined): Pick<IiaPartner, 'signingContact' | 'signingDate'> {
  return signature ? { signingContact: { name: signature.signatoryName, role: signature.signatoryPosition }, signingDate: signature.date } : {};
}

export type AgreementIia = { iia: Iia; missing: MissingField[] };

/** The agreement's IIA, with what could not be filled. Pure: the caller reads the three records. */
export function iiaOfAgreement(agreement: Agreement, partner: Partner, university: University | undefined): AgreementIia {
  const missing: MissingField[] = [];
  const home = university?.schacId ?? '';
  const theirs = partner.schacId ?? '';
  if (!home) missing.push({ field: 'university.schacId', message: 'Our university has no SCHAC id in the directory: its hei-id is left empty' });
  if (!theirs) missing.push({ field: 'partner.schacId', message: `${partner.name} has no SCHAC id: its hei-id is left empty; add it on the partner's page` });
  missing.push({ field: 'partner.iiaId', message: 'The partner’s own id for this agreement is not known until the partner sends its IIA: it is left out, and the hash counts it as empty' });

  const specs = agreement.content.cooperationConditions
    .map((condition, i) => specOf(condition, agreement, { home, partner: theirs }, `cooperationConditions.${i}`, missing))
    .filter((s): s is MobilitySpec => s !== undefined)
    // The XSD wants the four kinds in this order; within a kind the agreement's order is kept, so the hash is stable.
    .sort((a, b) => SPEC_KINDS.indexOf(a.kind) - SPEC_KINDS.indexOf(b.kind));
  if (specs.length === 0) missing.push({ field: 'cooperationConditions', message: 'No cooperation conditions: the IIA has nothing for a partner to approve' });

  const coordinator = agreement.content.coordinator;
  return {
    iia: {
      partners: [
        { heiId: home, iiaId: agreement.id, iiaCode: agreement.reference, ...signer(agreement.signatures?.home), contacts: [contactOf(coordinator)] },
        { heiId: theirs, ...signer(agreement.signatures?.partner), contacts: partner.contacts.map(contactOf) },
      ],
      inEffect: IN_EFFECT.has(agreement.status),
      specs,
    },
    missing,
  };
}
