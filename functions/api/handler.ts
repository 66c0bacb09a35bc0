/** The API Lambda: API Gateway HTTP API (payload v2) → the Hono app. Config is read at cold start. */
import { handle } from 'hono/aws-lambda';
import { loadConfig } from '../lib/config';
import { createDeps } from '../lib/deps';
import { storageFor } from '../lib/storage/s3';
import { createApp } from './app';

const deps = createDeps(loadConfig());
export const handler = handle(createApp({ ...deps, storage: storageFor(deps.config) }));
