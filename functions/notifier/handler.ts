/** The notifier Lambda: DynamoDB stream batches → emails, with partial batch failure reporting. */
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { loadConfig } from '../lib/config';
import { createDeps, type NotifierDeps } from '../lib/deps';
import { createSesMailer } from '../lib/mail/ses';
import { processStream } from './notify';

const config = loadConfig();
const deps: NotifierDeps = { ...createDeps(config), mailer: createSesMailer({ region: config.region, endpoint: config.sesEndpoint, from: config.mailFrom, maxSendRate: config.sesMaxSendRate }) };

export const handler = (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => processStream(deps, event);
