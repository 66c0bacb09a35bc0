/**
 * The activities report, pure: recorded activities (a cancelled one counts nowhere) counted by
 * kind, calendar year, faculty, format and partner country (an activity with partners in two
 * countries counts once in each; one of our own, with no partner, in none), with their participants summed and their funding summed
 * per currency (amounts in different currencies are never added together: no rate is the office's
 * to choose).
 */
import type { Activity } from '../schemas/activity';
import { activityYear } from '../activity-rules';

export type ActivityCount = { key: string; activities: number; incoming: number; outgoing: number };
export type ActivityStatistics = {
  years: number[];
  total: number;
  byKind: ActivityCount[];
  byYear: ActivityCount[];
  byFaculty: ActivityCount[];
  byFormat: ActivityCount[];
  byCountry: ActivityCount[];
  participants: { incoming: number; outgoing: number; staff: number; students: number };
  funding: { currency: string; amount: number; activities: number }[];
};

type Counted = Pick<Activity, 'kind' | 'startDate' | 'faculty' | 'format' | 'participants' | 'funding' | 'status'> & { partnerIds?: readonly string[] };

function countBy(activities: Counted[], keysOf: (a: Counted) => string | string[]): ActivityCount[] {
  const rows = new Map<string, ActivityCount>();
  for (const a of activities) for (const key of new Set([keysOf(a)].flat())) {
    const row = rows.get(key) ?? { key, activities: 0, incoming: 0, outgoing: 0 };
    row.activities += 1;
    row.incoming += a.participants.incoming;
    row.outgoing += a.participants.outgoing;
    rows.set(key, row);
  }
  return [...rows.values()].sort((x, y) => y.activities - x.activities || (x.key < y.key ? -1 : 1));
}

/** Cents, not floats: 0.1 + 0.2 must sum to 0.3 in a report. */
const addMoney = (a: number, b: number) => Math.round((a + b) * 100) / 100;

/** `countryOf` names a partner's country (ISO code) by its id; a partner it does not know counts in no country. */
export function activityStatistics(all: Counted[], years: number[], countryOf: (partnerId: string) => string | undefined = () => undefined): ActivityStatistics {
  const counted = all.filter((a) => a.status === 'recorded' && years.includes(activityYear(a)));
  const funding = new Map<string, { currency: string; amount: number; activities: number }>();
  for (const a of counted) {
    for (const currency of new Set(a.funding.map((f) => f.currency))) {
      const row = funding.get(currency) ?? { currency, amount: 0, activities: 0 };
      row.activities += 1;
      row.amount = a.funding.filter((f) => f.currency === currency).reduce((sum, f) => addMoney(sum, f.amount), row.amount);
      funding.set(currency, row);
    }
  }
  const sum = (pick: (p: Counted['participants']) => number | undefined) => counted.reduce((s, a) => s + (pick(a.participants) ?? 0), 0);
  return {
    years,
    total: counted.length,
    byKind: countBy(counted, (a) => a.kind),
    byYear: countBy(counted, (a) => String(activityYear(a))).sort((x, y) => (x.key < y.key ? -1 : 1)),
    byFaculty: countBy(counted, (a) => a.faculty),
    byFormat: countBy(counted, (a) => a.format),
    byCountry: countBy(counted, (a) => (a.partnerIds ?? []).flatMap((id) => countryOf(id) ?? [])),
    participants: { incoming: sum((p) => p.incoming), outgoing: sum((p) => p.outgoing), staff: sum((p) => p.staff), students: sum((p) => p.students) },
    funding: [...funding.values()].sort((x, y) => (x.currency < y.currency ? -1 : 1)),
  };
}
