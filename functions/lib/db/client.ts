/**
 * The DynamoDB document client, one per process. Locally it points at DynamoDB Local with
 * throwaway credentials; in AWS it uses the function's role.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';

export type CapacityMeter = (operation: string, capacityUnits: number) => void;

export type Db = {
  doc: DynamoDBDocumentClient;
  raw: DynamoDBClient;
  table: string;
  /** When set, every call asks for and reports its consumed capacity (used by the benchmark). */
  meter?: CapacityMeter;
};

/** Without a region, the SDK finds one as usual (AWS_REGION, the profile). */
export function createDb(opts: { tableName: string; region?: string; endpoint?: string; meter?: CapacityMeter }): Db {
  const raw = new DynamoDBClient({
    region: opts.region,
    ...(opts.endpoint
      ? { endpoint: opts.endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' }, maxAttempts: 3 }
      : {}),
  });
  const doc = DynamoDBDocumentClient.from(raw, {
    marshallOptions: { removeUndefinedValues: true, convertEmptyValues: false },
  });
  return { doc, raw, table: opts.tableName, meter: opts.meter };
}

export function withTable(db: Db, tableName: string): Db {
  return { ...db, table: tableName };
}

/** Adds `ReturnConsumedCapacity` when metering and reports what came back. */
export function capacityOption(db: Db): { ReturnConsumedCapacity?: 'TOTAL' } {
  return db.meter ? { ReturnConsumedCapacity: 'TOTAL' } : {};
}

type Consumed = { CapacityUnits?: number } | { CapacityUnits?: number }[] | undefined;

export function report(db: Db, operation: string, consumed: Consumed): void {
  if (!db.meter || !consumed) return;
  const list = Array.isArray(consumed) ? consumed : [consumed];
  db.meter(operation, list.reduce((sum, c) => sum + (c.CapacityUnits ?? 0), 0));
}

/**
 * Every item a query finds, page after page (DynamoDB returns at most 1 MB a page), with its
 * consumed capacity reported under `operation`. Lists read this way are kept small by their keys.
 */
export async function queryAll(db: Db, input: Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey'>, operation = 'Query'): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await db.doc.send(new QueryCommand({ ...input, TableName: db.table, ExclusiveStartKey: start, ...capacityOption(db) }));
    report(db, operation, out.ConsumedCapacity);
    items.push(...(out.Items ?? []));
    start = out.LastEvaluatedKey;
  } while (start);
  return items;
}
