/**
 * The routes the API function serves: every page's reads and writes, the links, the reports. The
 * files routes (file-routes.ts) are not among them: in AWS the HTTP API sends those paths to the
 * files function, so this function's bundle, loaded on every cold start, does without their code.
 */
import { actionRoutes } from './routes/actions';
import { activityRoutes } from './routes/activities';
import { partnerLinkRoutes } from './routes/partner-links';
import { agreementLifeRoutes } from './routes/agreement-life';
import { authRoutes } from './routes/auth';
import { directoryRoutes } from './routes/directory';
import { documentRoutes } from './routes/documents';
import { healthRoutes } from './routes/health';
import { housingRoutes } from './routes/housing';
import { mobilityRoutes } from './routes/mobility';
import { partnerRoutes } from './routes/partners';
import { peopleRoutes } from './routes/people';
import { reportRoutes } from './routes/reports';
import { studyPlanRoutes } from './routes/study-plans';
import { submissionRoutes } from './routes/submissions';
import { templateRoutes } from './routes/templates';
import type { ApiRouter } from './router';

export function coreRoutes(api: ApiRouter): ApiRouter {
  healthRoutes(api);
  authRoutes(api);
  directoryRoutes(api);
  peopleRoutes(api);
  partnerRoutes(api);
  // Before the submission routes: `/agreements/dormant` must not be read as `/agreements/:id`.
  agreementLifeRoutes(api);
  submissionRoutes(api, 'nomination', '/nominations');
  submissionRoutes(api, 'memorandum', '/agreements');
  documentRoutes(api, 'nomination', '/nominations');
  documentRoutes(api, 'memorandum', '/agreements');
  actionRoutes(api);
  partnerLinkRoutes(api);
  mobilityRoutes(api);
  housingRoutes(api);
  studyPlanRoutes(api);
  reportRoutes(api);
  activityRoutes(api);
  templateRoutes(api);
  return api;
}
