/**
 * The API as a Hono app: `createApp(deps)` is all the local server and the tests need. Reads like
 * a table of contents: the office's routes, the core routes, the files routes, the shell.
 */
import type { ApiDeps } from '../lib/deps';
import { coreRoutes } from './core-routes';
import { fileRoutes, type FileTools } from './file-routes';
import { officeRoutes } from './office-routes';
import { ApiRouter, type ContractCheck } from './router';
import { appAround } from './shell';

export { MAX_BODY_BYTES } from './shell';

export type AppOptions = FileTools & {
  /**
   * The tests' stack: every success response is checked against the contract's schema for its
   * route (shared/api-contract.ts, passed in so the function itself never bundles it), and a
   * mismatch reported here.
   */
  contractCheck?: ContractCheck;
};

/**
 * Every route of the API, declared (method, path, body, answers) and handled; needs no deps to
 * build. The document, the tests and the local server serve them all; in AWS each function serves
 * its own part (functions/api/handler.ts, functions/office/handler.ts, functions/exports/handler.ts).
 */
export function apiRoutes(options: AppOptions = {}): ApiRouter {
  const api = new ApiRouter(options.contractCheck);
  // The office's first: `GET /agreements/dormant` must not be read as the core's `/agreements/:id`.
  // (In AWS the gateway sends that path to the office function, where no `/agreements/:id` is.)
  officeRoutes(api);
  coreRoutes(api);
  fileRoutes(api, options);
  return api;
}

/** The whole API: every route (apiRoutes) in the shell. */
export function createApp(deps: ApiDeps, options: AppOptions = {}) {
  return appAround(deps, apiRoutes(options));
}

export type App = ReturnType<typeof createApp>;
