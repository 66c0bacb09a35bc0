/**
 * Report facts: what the office's statistics group and count by, one compact fact per nomination
 * (a mobility) and per agreement, derived from the item as it stands after a status change. The
 * table keeps each fact beside its item and rewrites it in the transaction of every change, so a
 * report reads a year's facts, never the items themselves (functions/lib/db/facts.ts).
 *
 * Pure: `factOf(submission, context)`; the context brings what the item does not hold itself
 * (the partner's country, read by the writer).
 */
import type { Agreement, Nomination, Submission } from '../schemas/entities';
import { formatOf, monthsBetween, plannedDates } from '../workflow/mobility-dates';
import { conditionTypeFor, type ConditionType, type Sender } from '../workflow/quota';

export { monthsBetween };

/**
 * The facts' own revision: raised when what a fact holds changes (2: a mobility's format and its own planned dates), so the backfill rewrites every
 * fact of an older revision even though its item did not move.
 */
export const FACT_REVISION = 2;

export type MobilityFact = {
  entity: 'mobility';
  id: string;
  reference: string;
  /** The nomination's version this fact was derived from. */
  version: number;
  revision: number;
  academicYear: string;
  /** The academic year's first calendar year (`2026` for `2026/2027`): the fact's partition. */
  academicStartYear: number;
  /** The year the mobility starts (actually, else as planned), within its academic year's two calendar years. */
  calendarYear: number;
  direction: Nomination['content']['direction'];
  type: Nomination['content']['mobilityType'];
  role: Nomination['content']['nominee']['role'];
  level: Nomination['content']['nominee']['studyLevel'];
  /** Physical, virtual or blended (physical for a nomination from before formats). */
  format: NonNullable<Nomination['content']['format']>;
  /** The EWP cell it counts against (student studies, staff teaching, …): places and staff teaching/training. */
  placeType: ConditionType;
  faculty: string;
  department: string;
  partner: string;
  /** ISO code; empty when the partner could not be read. */
  country: string;
  programme: Nomination['content']['programme'];
  agreement: string;
  status: Nomination['status'];
  /** Holds one of its agreement's places (from the final approval until given back). */
  holdsPlace: boolean;
  plannedStart: string;
  plannedEnd: string;
  plannedMonths: number;
  actualStart?: string;
  actualEnd?: string;
  actualMonths?: number;
  /** Person-months: the actual ones once completed, else the planned ones. */
  months: number;
};

export type AgreementPlaces = { sender: Sender; type: ConditionType; perYear: number; academicYears: string[] };

export type AgreementFact = {
  entity: 'agreement';
  id: string;
  reference: string;
  version: number;
  revision: number;
  partner: string;
  country: string;
  kind: Agreement['content']['kind'];
  scope: Agreement['content']['scope'];
  faculty: string;
  status: Agreement['status'];
  startDate: string;
  endDate: string | null;
  /** The day it stops being in force: the termination's effective date when earlier than its end; null when open-ended. */
  endsOn: string | null;
  /** The later of the two signatures; for one imported in force without its signatures, its start date. */
  signedOn?: string;
  /** Once it came into force: its start date, or the day it was activated when that came later. */
  inForceFrom?: string;
  places: AgreementPlaces[];
};

export type Fact = MobilityFact | AgreementFact;
export type FactContext = { partnerCountry?: string };

/** Statuses in which a mobility counts in the office's figures: approved and not given back. */
export const COUNTED_STATUSES = ['approved', 'accepted_by_partner', 'arrived', 'completed'] as const satisfies readonly Nomination['status'][];

/** Agreement statuses that mean it came into force at some point (imported ones included). */
const IN_FORCE_ONCE = new Set<Agreement['status']>(['active', 'expired', 'terminated']);

export function mobilityFact(n: Nomination, context: FactContext): MobilityFact {
  const c = n.content;
  const a = Number(c.academicYear.slice(0, 4));
  const planned = plannedDates(c);
  const actual = n.completion;
  const start = actual?.actualStartDate ?? planned.start;
  // Counted once, in one of the academic year's two calendar years, even if it started a little early or late.
  const calendarYear = Math.min(a + 1, Math.max(a, Number(start.slice(0, 4))));
  const actualMonths = actual ? monthsBetween(actual.actualStartDate, actual.actualEndDate) : undefined;
  return {
    entity: 'mobility',
    id: n.id,
    reference: n.reference,
    version: n.version,
    revision: FACT_REVISION,
    academicYear: c.academicYear,
    academicStartYear: a,
    calendarYear,
    direction: c.direction,
    type: c.mobilityType,
    role: c.nominee.role,
    level: c.nominee.studyLevel,
    placeType: conditionTypeFor(c),
    faculty: c.nominee.faculty,
    department: c.nominee.department,
    partner: c.partnerId,
    country: context.partnerCountry ?? '',
    programme: c.programme,
    agreement: c.agreementId,
    status: n.status,
    holdsPlace: Boolean(n.place),
    format: formatOf(c),
    plannedStart: planned.start,
    plannedEnd: planned.end,
    plannedMonths: planned.months,
    ...(actual ? { actualStart: actual.actualStartDate, actualEnd: actual.actualEndDate, actualMonths } : {}),
    months: actualMonths ?? planned.months,
  };
}

/** What of an agreement says when it was in force (the registry reads the API's agreements with the same rule). */
export type AgreementTerm = Pick<Agreement, 'status' | 'activatedAt' | 'termination'> & { content: Pick<Agreement['content'], 'startDate' | 'endDate'> };

/**
 * When an agreement is in force: from the later of its start and the day it came into force (none
 * if it never did), to its end date or an earlier termination (`null`, open-ended).
 */
export function termInForce(g: AgreementTerm): { inForceFrom?: string; endsOn: string | null } {
  const c = g.content;
  const termination = g.termination?.effectiveDate;
  const endsOn = termination && (c.endDate === null || termination < c.endDate) ? termination : c.endDate;
  const activated = g.activatedAt?.slice(0, 10);
  const inForceFrom = IN_FORCE_ONCE.has(g.status) ? (activated && activated > c.startDate ? activated : c.startDate) : undefined;
  return { ...(inForceFrom ? { inForceFrom } : {}), endsOn };
}

export function agreementFact(g: Agreement, context: FactContext): AgreementFact {
  const c = g.content;
  const { inForceFrom, endsOn } = termInForce(g);
  const home = g.signatures?.home?.date;
  const partner = g.signatures?.partner?.date;
  const signedOn = home && partner ? (home > partner ? home : partner) : IN_FORCE_ONCE.has(g.status) ? (g.activatedAt?.slice(0, 10) ?? c.startDate) : undefined;
  return {
    entity: 'agreement',
    id: g.id,
    reference: g.reference,
    version: g.version,
    revision: FACT_REVISION,
    partner: c.partnerId,
    country: context.partnerCountry ?? '',
    kind: c.kind,
    scope: [...c.scope].sort(),
    faculty: c.initiatingFaculty,
    status: g.status,
    startDate: c.startDate,
    endDate: c.endDate,
    endsOn,
    ...(signedOn ? { signedOn } : {}),
    ...(inForceFrom ? { inForceFrom } : {}),
    places: c.cooperationConditions.map((p) => ({ sender: p.sender, type: p.type, perYear: p.mobilitiesPerYear, academicYears: [...p.academicYears] })),
  };
}

/** The fact of a nomination or memorandum as it stands; every submission has one. */
export function factOf(s: Submission, context: FactContext): Fact {
  return s.kind === 'nomination' ? mobilityFact(s, context) : agreementFact(s, context);
}

/** Whether an agreement is in force on a day: it came into force, and the day lies within its term. */
export function inForceOn(f: Pick<AgreementFact, 'inForceFrom' | 'endsOn'>, day: string): boolean {
  return f.inForceFrom !== undefined && f.inForceFrom <= day && (f.endsOn === null || day <= f.endsOn);
}
