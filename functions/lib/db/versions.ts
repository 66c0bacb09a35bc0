/**
 * An agreement's versions: one immutable item each, written in the same transaction as the
 * change that makes it (`attribute_not_exists`, so a number is never written twice).
 */
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { AgreementVersion } from '../../../shared/workflow/versions';
import type { Db } from './client';
import { keys } from './keys';

/** The item itself (the seed writes agreements' first versions with it). */
export function versionRecord(agreementId: string, version: AgreementVersion): Record<string, unknown> {
  return { ...keys.version(agreementId, version.number), itemType: 'version', agreementId, ...version };
}

export function versionItem(db: Db, agreementId: string, version: AgreementVersion) {
  return {
    Put: {
      TableName: db.table,
      Item: versionRecord(agreementId, version),
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
}

const toVersion = (item: Record<string, unknown>): AgreementVersion => {
  const { pk: _pk, sk: _sk, itemType: _t, agreementId: _a, ...version } = item;
  return version as AgreementVersion;
};

export async function listVersions(db: Db, agreementId: string): Promise<AgreementVersion[]> {
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :v)',
      ExpressionAttributeValues: { ':pk': keys.version(agreementId, 0).pk, ':v': keys.versionPrefix },
    }),
  );
  return (out.Items ?? []).map(toVersion);
}

export async function getVersion(db: Db, agreementId: string, number: number): Promise<AgreementVersion | undefined> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.version(agreementId, number) }));
  return out.Item ? toVersion(out.Item) : undefined;
}
