/**
 * The API Lambda: API Gateway HTTP API (payload v2) → the core routes in the shell. The files
 * routes are the files function's (functions/exports/handler.ts), the office's rarely used ones the office
 * function's (functions/office/handler.ts). Config is read at cold start.
 */
import { handle } from 'hono/aws-lambda';
import { loadConfig } from '../lib/config';
import { createDeps } from '../lib/deps';
import { storageFor } from '../lib/storage/s3';
import { coreRoutes } from './core-routes';
import { ApiRouter } from './router';
import { appAround } from './shell';

const deps = createDeps(loadConfig());
export const handler = handle(appAround({ ...deps, storage: storageFor(deps.config) }, coreRoutes(new ApiRouter())));
