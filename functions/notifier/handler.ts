/** The notifier Lambda: DynamoDB stream batches → emails, with partial batch failure reporting. */
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { loadConfig } from '../lib/config';
import { createDeps } from '../lib/deps';
import { processStream } from './notify';

const deps = createDeps(loadConfig());

export const handler = (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => processStream(deps, event);
