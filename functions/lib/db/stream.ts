/**
 * Decoding the table's stream records into items: what the notifier needs, and no more (the
 * local poller that reads DynamoDB Local's stream is in stream-poller.ts, outside its bundle).
 */
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';

/** The same test the event-source filter applies in AWS: inserted event items only. */
export function isEventInsert(record: DynamoDBRecord): boolean {
  return record.eventName === 'INSERT' && record.dynamodb?.NewImage?.itemType?.S === 'event';
}

export function newItemOf<T>(record: DynamoDBRecord): T {
  return unmarshall(record.dynamodb!.NewImage as never) as T;
}

