/**
 * Incoming students' study plans in the table: the plan's state and its versions in the
 * nomination's partition (keys.studyPlan, keys.studyPlanVersion). Every change is one
 * TransactWriteItems: the state (conditional on the revision it was read at), the version it
 * writes, the nomination's history event, the plan's summary on the nomination (what the office's
 * list shows) and, for a coordinator's answer, the spent link. A plan waiting on its coordinator is
 * in the sparse due index (keys.studyPlanDue) for the scheduler's reminders.
 */
import { QueryCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { StudyPlanEvent, StudyPlanState, StudyPlanSummary, StudyPlanVersion } from '../../../shared/workflow/study-plan';
import { capacityOption, report, type Db } from './client';
import { failedConditions, isConditionFailure } from './errors';
import { keys } from './keys';
import { spendLinkItem, type LinkUse } from './links';
import { LinkSpentError, type EventSubject } from './submissions';

export class StudyPlanChangedError extends Error {
  override readonly name = 'StudyPlanChangedError';
}

export type StoredStudyPlan = { state?: StudyPlanState; versions: StudyPlanVersion[] };

const strip = (item: Record<string, unknown>) => {
  // The due index's keys are the table's, not the plan's: written afresh from the state each time.
  const { pk: _pk, sk: _sk, itemType: _t, nominationId: _n, duePk: _d, dueAt: _a, ...rest } = item;
  return rest;
};

/** The state and every version, oldest first: one strongly consistent Query. */
export async function readStudyPlan(db: Db, nominationId: string): Promise<StoredStudyPlan> {
  const key = keys.studyPlan(nominationId);
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :p)',
      ExpressionAttributeValues: { ':pk': key.pk, ':p': keys.studyPlanPrefix },
      ConsistentRead: true,
      ...capacityOption(db),
    }),
  );
  report(db, 'ReadStudyPlan', out.ConsumedCapacity);
  const items = out.Items ?? [];
  const state = items.find((i) => i.sk === key.sk);
  return {
    ...(state ? { state: { nominationId, ...strip(state) } as StudyPlanState } : {}),
    versions: items.filter((i) => i.sk !== key.sk).map((i) => strip(i) as StudyPlanVersion),
  };
}

/** Only a plan sent and waiting, with a reminder to come, is in the due index. */
function dueKeys(state: StudyPlanState) {
  const next = state.status === 'sent' ? state.reminders?.nextReminderAt : undefined;
  return next ? keys.studyPlanDue(next, keys.studyPlan(state.nominationId).pk) : {};
}

/**
 * The plans whose next reminder is due by `now`, from the sparse due index (never a Scan). Index
 * reads are eventually consistent: the scheduler reads each plan again before it writes.
 */
export async function listStudyPlansDue(db: Db, now: string, limit = 100): Promise<string[]> {
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      IndexName: 'byDue',
      KeyConditionExpression: 'duePk = :d AND dueAt <= :now',
      ExpressionAttributeValues: { ':d': keys.studyPlanDuePartition, ':now': `${now}#~` },
      Limit: limit,
      ...capacityOption(db),
    }),
  );
  report(db, 'ListStudyPlansDue', out.ConsumedCapacity);
  return (out.Items ?? []).map((i) => i.nominationId as string).filter(Boolean);
}

export type StudyPlanWrite = {
  state: StudyPlanState;
  /** The revision the state was read at; 0: there was none. */
  expectedRevision: number;
  /** The version written: a new one (never there before) or the current one edited or decided. */
  version?: { record: StudyPlanVersion; isNew: boolean };
  /** None only when the scheduler quietly stops the reminders of a nomination that is over. */
  event?: StudyPlanEvent;
  subject: EventSubject;
  /** The nomination's version now: the event is filed under it (keys.studyPlanEvent). */
  nominationVersion: number;
  /** The coordinator's link, spent with their answer (unused, not void, not expired: checked in the transaction). */
  link?: LinkUse;
  /** The plan as the office's list shows it, written on the nomination in this same transaction. */
  summary: StudyPlanSummary;
};

export async function writeStudyPlan(db: Db, w: StudyPlanWrite): Promise<void> {
  const { nominationId } = w.state;
  const linkUpdate = w.link && spendLinkItem(db, w.link);
  const { nominationId: _n, ...state } = w.state;
  const statePut = {
    Put: {
      TableName: db.table,
      Item: { ...keys.studyPlan(nominationId), itemType: 'study_plan', nominationId, ...state, ...dueKeys(w.state) },
      // The revision is what two editors (or an editor and the coordinator) are decided on.
      ...(w.expectedRevision === 0
        ? { ConditionExpression: 'attribute_not_exists(pk)' }
        : { ConditionExpression: '#r = :r', ExpressionAttributeNames: { '#r': 'revision' }, ExpressionAttributeValues: { ':r': w.expectedRevision } }),
    },
  };
  const versionPut = w.version && {
    Put: {
      TableName: db.table,
      Item: { ...keys.studyPlanVersion(nominationId, w.version.record.number), itemType: 'study_plan_version', nominationId, ...w.version.record },
      // A new version's number is written once; the current one is rewritten under the state's condition.
      ...(w.version.isNew ? { ConditionExpression: 'attribute_not_exists(pk)' } : {}),
    },
  };
  const eventPut = w.event && {
    Put: {
      TableName: db.table,
      Item: { ...keys.studyPlanEvent(nominationId, w.nominationVersion, w.event.at, w.event.type), itemType: 'event', type: w.event.type, event: w.event, subject: w.subject, createdAt: w.event.at },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
  const summaryUpdate = {
    Update: {
      TableName: db.table,
      Key: keys.submission('nomination', nominationId),
      // Not the nomination's version: the plan moves beside it. A transition written from an older
      // read is refused on the summary's revision instead (db/submissions.ts, saveTransition).
      ConditionExpression: 'attribute_exists(pk)',
      UpdateExpression: 'SET studyPlan = :s',
      ExpressionAttributeValues: { ':s': w.summary },
    },
  };
  const items = [...(linkUpdate ? [linkUpdate] : []), statePut, ...(versionPut ? [versionPut] : []), ...(eventPut ? [eventPut] : []), summaryUpdate];
  try {
    const out = await db.doc.send(new TransactWriteCommand({ TransactItems: items, ...capacityOption(db) }));
    report(db, 'WriteStudyPlan', out.ConsumedCapacity);
  } catch (error) {
    const failed = failedConditions(error);
    if (!failed) throw error;
    if (linkUpdate && failed[0]) throw new LinkSpentError('The link was used, replaced or expired meanwhile');
    if (failed.some(Boolean)) throw new StudyPlanChangedError('The study plan changed meanwhile');
    throw error;
  }
}

/**
 * The backfill's write: the summary on a nomination whose plan was written before summaries
 * existed, only where there is none. A plan change racing it writes its own summary in its own
 * transaction, so this one then finds one there and writes nothing (false).
 */
export async function putStudyPlanSummaryIfMissing(db: Db, nominationId: string, summary: StudyPlanSummary): Promise<boolean> {
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: keys.submission('nomination', nominationId),
        ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(studyPlan)',
        UpdateExpression: 'SET studyPlan = :s',
        ExpressionAttributeValues: { ':s': summary },
      }),
    );
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}
