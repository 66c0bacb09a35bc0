/**
 * The routes the API function serves: what faculty and approvers use on every visit (sign-in, the
 * forms and the item page, documents, the approvers' and partners' links, study plans, the partner
 * list) and the office's work on nominations. The files routes (file-routes.ts) and the office's
 * rarely used routes (office-routes.ts) are not among them: in AWS the HTTP API sends those paths to
 * the files and office functions, so this function's bundle, loaded on every cold start, does
 * without their code.
 */
import { actionRoutes } from './routes/actions';
import { partnerLinkRoutes } from './routes/partner-links';
import { authRoutes } from './routes/auth';
import { directoryRoutes } from './routes/directory';
import { documentRoutes } from './routes/documents';
import { healthRoutes } from './routes/health';
import { mobilityRoutes } from './routes/mobility';
import { partnerRoutes } from './routes/partners';
import { studyPlanRoutes } from './routes/study-plans';
import { submissionRoutes } from './routes/submissions';
import type { ApiRouter } from './router';

export function coreRoutes(api: ApiRouter): ApiRouter {
  healthRoutes(api);
  authRoutes(api);
  directoryRoutes(api);
  partnerRoutes(api);
  submissionRoutes(api, 'nomination', '/nominations');
  submissionRoutes(api, 'memorandum', '/agreements');
  documentRoutes(api, 'nomination', '/nominations');
  documentRoutes(api, 'memorandum', '/agreements');
  actionRoutes(api);
  partnerLinkRoutes(api);
  mobilityRoutes(api);
  studyPlanRoutes(api);
  return api;
}
