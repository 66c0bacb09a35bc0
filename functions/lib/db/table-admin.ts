/**
 * Creating the table from the shared definition (local stack and tests; CDK does it in AWS),
 * idempotently: an existing table is left as it is, but for indexes added to the definition since
 * it was made (a laptop's `.data` table from before the report facts), which are added to it.
 */
import {
  CreateTableCommand,
  DeleteTableCommand,
  DescribeTableCommand,
  ResourceInUseException,
  ResourceNotFoundException,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
  type CreateTableCommandInput,
} from '@aws-sdk/client-dynamodb';
import { keyAttributes, tableDefinition, type TableDefinition } from '../../../shared/table';
import type { Db } from './client';

export function createTableInput(tableName: string, def: TableDefinition = tableDefinition): CreateTableCommandInput {
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: keyAttributes(def).map((name) => ({ AttributeName: name, AttributeType: 'S' })),
    KeySchema: [
      { AttributeName: def.partitionKey, KeyType: 'HASH' },
      { AttributeName: def.sortKey, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: def.indexes.map((index) => ({
      IndexName: index.name,
      KeySchema: [
        { AttributeName: index.partitionKey, KeyType: 'HASH' },
        { AttributeName: index.sortKey, KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: 'ALL' },
    })),
    StreamSpecification: { StreamEnabled: true, StreamViewType: def.streamViewType },
  };
}

/** Creates the table if it is missing; returns true when it was created now. */
export async function ensureTable(db: Db): Promise<boolean> {
  try {
    const { Table } = await db.raw.send(new DescribeTableCommand({ TableName: db.table }));
    await addMissingIndexes(db, new Set((Table?.GlobalSecondaryIndexes ?? []).map((i) => i.IndexName!)));
    return false;
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }
  try {
    await db.raw.send(new CreateTableCommand(createTableInput(db.table)));
  } catch (error) {
    if (error instanceof ResourceInUseException) return false;
    throw error;
  }
  for (let i = 0; i < 100; i++) {
    const { Table } = await db.raw.send(new DescribeTableCommand({ TableName: db.table }));
    if (Table?.TableStatus === 'ACTIVE') break;
    await new Promise((r) => setTimeout(r, 100));
  }
  await db.raw
    .send(
      new UpdateTimeToLiveCommand({
        TableName: db.table,
        TimeToLiveSpecification: { AttributeName: tableDefinition.timeToLiveAttribute, Enabled: true },
      }),
    )
    .catch(() => undefined); // DynamoDB Local accepts TTL settings but never expires items; expiry is checked in code anyway.
  return true;
}

/** One index at a time (what UpdateTable takes), each awaited until it can be read. */
async function addMissingIndexes(db: Db, existing: Set<string>): Promise<void> {
  const input = createTableInput(db.table);
  for (const index of input.GlobalSecondaryIndexes ?? []) {
    if (existing.has(index.IndexName!)) continue;
    await db.raw.send(
      new UpdateTableCommand({
        TableName: db.table,
        AttributeDefinitions: input.AttributeDefinitions,
        GlobalSecondaryIndexUpdates: [{ Create: { IndexName: index.IndexName, KeySchema: index.KeySchema, Projection: index.Projection } }],
      }),
    );
    for (let i = 0; i < 600; i++) {
      const { Table } = await db.raw.send(new DescribeTableCommand({ TableName: db.table }));
      if (Table?.GlobalSecondaryIndexes?.find((g) => g.IndexName === index.IndexName)?.IndexStatus === 'ACTIVE') break;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

export async function latestStreamArn(db: Db): Promise<string> {
  const { Table } = await db.raw.send(new DescribeTableCommand({ TableName: db.table }));
  if (!Table?.LatestStreamArn) throw new Error(`Table ${db.table} has no stream`);
  return Table.LatestStreamArn;
}

/**
 * Deletes the table (a test file's own, when it ends): DynamoDB Local keeps every table in memory
 * to the end of a run otherwise, and the last files of a long run paid for all the ones before.
 */
export async function dropTable(db: Db): Promise<void> {
  try {
    await db.raw.send(new DeleteTableCommand({ TableName: db.table }));
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }
}
