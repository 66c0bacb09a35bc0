/**
 * The office function: the office's rarely used routes (functions/api/office-routes.ts: people and
 * chains, an agreement's life after its chain, residences, reports and statistics, activities,
 * templates) in the API's shell, with the same deps and documents storage as the API function.
 * Behind the same HTTP API for their paths only (OFFICE_ROUTES in infra/constructs/api.ts). Its own
 * function so that the API function's bundle, which faculty and approvers load on every cold start,
 * carries none of their code. Config is read at cold start.
 */
import { handle } from 'hono/aws-lambda';
import { officeRoutes } from '../api/office-routes';
import { ApiRouter } from '../api/router';
import { appAround } from '../api/shell';
import { loadConfig } from '../lib/config';
import { createDeps } from '../lib/deps';
import { storageFor } from '../lib/storage/s3';

const deps = createDeps(loadConfig());
export const handler = handle(appAround({ ...deps, storage: storageFor(deps.config) }, officeRoutes(new ApiRouter())));
