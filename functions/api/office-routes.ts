/**
 * The office's rarely used routes: people and approval chains, an agreement's life after its chain
 * (signatures, termination, renewal, changes, versions, the dormant list), residences and
 * accommodation, the reports and statistics, activities, and the documents' templates. In AWS the
 * HTTP API sends their paths to the office function (functions/office/handler.ts; infra/constructs/api.ts
 * lists the paths as OFFICE_ROUTES, and tests/infra/stack.test.ts checks that they cover these routes
 * and no other), so that the API function, which faculty and approvers load on every cold start,
 * carries none of their code (about 92 KB of its bundle, measured with esbuild's metafile).
 * What faculty and approvers call on their own pages (the forms, the item page, the links, the
 * partner list) stays in core-routes.ts.
 */
import { activityRoutes } from './routes/activities';
import { agreementLifeRoutes } from './routes/agreement-life';
import { housingRoutes } from './routes/housing';
import { peopleRoutes } from './routes/people';
import { reportRoutes } from './routes/reports';
import { templateRoutes } from './routes/templates';
import type { ApiRouter } from './router';

export function officeRoutes(api: ApiRouter): ApiRouter {
  peopleRoutes(api);
  agreementLifeRoutes(api);
  housingRoutes(api);
  reportRoutes(api);
  activityRoutes(api);
  templateRoutes(api);
  return api;
}
