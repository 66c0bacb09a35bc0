/**
 * What kind of organisation a partner is, and what that allows on the forms: a company takes
 * trainees, not students on a study mobility (Erasmus+ calls it a traineeship). Kept to that one
 * rule on purpose; the office can still record any mobility with a university or an institute.
 */
export const PARTNER_TYPES = ['university', 'research_institute', 'company', 'government', 'ngo', 'other'] as const;
export type PartnerType = (typeof PARTNER_TYPES)[number];

/** Mobility types that are study at the partner: what a company cannot host. */
const STUDY = new Set(['semester_study', 'full_year_study', 'short_term']);

/** Why a mobility of `mobilityType` cannot go to a partner of `partnerType`; undefined when it can. */
export function mobilityRefusal(partnerType: PartnerType | undefined, mobilityType: string): string | undefined {
  if (partnerType === 'company' && STUDY.has(mobilityType)) return 'A company partner offers traineeships, not study: choose training, or a university partner';
  return undefined;
}

/** Whether a partner of `partnerType` can host a mobility of `mobilityType` (the forms offer only those). */
export const hostsMobility = (partnerType: PartnerType | undefined, mobilityType: string): boolean => mobilityRefusal(partnerType, mobilityType) === undefined;
