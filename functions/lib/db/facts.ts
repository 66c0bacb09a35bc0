/**
 * Report facts in the table: one small item beside each nomination and memorandum (`sk = FACT`),
 * indexed by year in `byFactYear`. Written in the transaction of every transition (submissions.ts)
 * and by the one-off backfill; read a year at a time by the reports, never by a Scan.
 */
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { AgreementFact, Fact, MobilityFact } from '../../../shared/reports/facts';
import { capacityOption, queryAll, report, type Db } from './client';
import { isConditionFailure } from './errors';
import { keys } from './keys';

const entityPkOf = (fact: Fact) => keys.submission(fact.entity === 'mobility' ? 'nomination' : 'memorandum', fact.id).pk;

export function factRecord(fact: Fact): Record<string, unknown> {
  return { ...keys.fact(entityPkOf(fact)), ...keys.factIndex(fact), itemType: 'fact', ...fact };
}

/**
 * The transaction item that rewrites a fact with its item. No condition of its own: the item's
 * version check decides whether the transition happens, and the fact follows it.
 */
export function factPut(db: Db, fact: Fact) {
  return { Put: { TableName: db.table, Item: factRecord(fact) } };
}

/**
 * The backfill's write: only where no fact is, or where it is of an older version of its item or
 * an older revision of the facts. Run twice, it writes nothing the second time; racing a
 * transition, the transition's newer fact is never overwritten with an older one.
 */
export async function putFactIfNewer(db: Db, fact: Fact): Promise<boolean> {
  try {
    const out = await db.doc.send(
      new PutCommand({
        TableName: db.table,
        Item: factRecord(fact),
        ConditionExpression: 'attribute_not_exists(pk) OR #v < :v OR #r < :r',
        ExpressionAttributeNames: { '#v': 'version', '#r': 'revision' },
        ExpressionAttributeValues: { ':v': fact.version, ':r': fact.revision },
        ...capacityOption(db),
      }),
    );
    report(db, 'BackfillFact', out.ConsumedCapacity);
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

function toFact<F extends Fact>(item: Record<string, unknown>): F {
  const copy: Record<string, unknown> = { ...item };
  for (const k of ['pk', 'sk', 'factPk', 'factSk', 'itemType']) delete copy[k];
  return copy as F;
}

/** The mobility facts of the given academic years (by first calendar year), each year one Query, in parallel. */
export async function mobilityFactsOf(db: Db, academicStartYears: number[]): Promise<MobilityFact[]> {
  const years = [...new Set(academicStartYears)].sort((a, b) => a - b);
  const pages = await Promise.all(
    years.map((year) =>
      queryAll(db, { IndexName: 'byFactYear', KeyConditionExpression: 'factPk = :p', ExpressionAttributeValues: { ':p': keys.mobilityFacts(year) } }, 'ReadMobilityFacts'),
    ),
  );
  // A fact written before formats were recorded (revision 1, until the backfill rewrites it) is physical.
  return pages.flat().map((i) => {
    const fact = toFact<MobilityFact>(i);
    return { ...fact, format: fact.format ?? 'physical' };
  });
}

/** The agreement facts of agreements still in force on or after `day` (or never ended), in one partition read from that day on. */
export async function agreementFactsFrom(db: Db, day: string): Promise<AgreementFact[]> {
  const items = await queryAll(
    db,
    { IndexName: 'byFactYear', KeyConditionExpression: 'factPk = :p AND factSk >= :from', ExpressionAttributeValues: { ':p': keys.agreementFacts, ':from': keys.agreementFactsFrom(day) } },
    'ReadAgreementFacts',
  );
  return items.map((i) => toFact<AgreementFact>(i));
}
