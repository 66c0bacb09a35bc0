/**
 * The report facts' one-off backfill: gives every nomination and memorandum already in the table
 * its fact (items written before facts existed, seeded or imported ones, and facts of an older
 * revision). Idempotent: a fact is written only where it is missing or older than its item, so a
 * second run writes nothing, and a transition racing the backfill keeps its own newer fact.
 * `npm start` runs it after the seed; in AWS, `npm run backfill` runs it against the deployed table.
 */
import { factOf } from '../../../shared/reports/facts';
import type { SubmissionKind } from '../../../shared/schemas/entities';
import { listPartners } from '../db/directory';
import { putFactIfNewer } from '../db/facts';
import { submissionPages } from '../db/submissions';
import type { Deps } from '../deps';

export type BackfillResult = { read: number; written: number };

/** Writes at most this many facts at once: enough to be quick, few enough not to throttle a small table. */
const PARALLEL_WRITES = 16;

export async function backfillFacts(deps: Pick<Deps, 'db'>): Promise<BackfillResult> {
  const countries = new Map((await listPartners(deps.db)).map((p) => [p.id, p.country]));
  const result: BackfillResult = { read: 0, written: 0 };
  for (const kind of ['memorandum', 'nomination'] as SubmissionKind[]) {
    for await (const page of submissionPages(deps.db, kind)) {
      result.read += page.length;
      for (let i = 0; i < page.length; i += PARALLEL_WRITES) {
        const written = await Promise.all(page.slice(i, i + PARALLEL_WRITES).map((s) => putFactIfNewer(deps.db, factOf(s, { partnerCountry: countries.get(s.content.partnerId) }))));
        result.written += written.filter(Boolean).length;
      }
    }
  }
  return result;
}
