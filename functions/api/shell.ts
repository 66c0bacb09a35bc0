/**
 * The shell every route is served in: request ids, the log line, security headers, the origin
 * check, CSRF, body limits, the error mapping. Given the routes, so that each function serves its
 * own part in the same shell (the core: functions/api/handler.ts; the files routes:
 * functions/exports/handler.ts; the office's: functions/office/handler.ts) and no bundle carries the
 * others' code; app.ts puts every route in it.
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { csrf } from 'hono/csrf';
import { HTTPException } from 'hono/http-exception';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { MAX_IIA_BYTES, MAX_IMPORT_BYTES } from '../../shared/media-types';
import type { ApiDeps } from '../lib/deps';
import type { AppEnv } from './context';
import { cloudFrontOnly } from './edge';
import { errorResponse } from './errors';
import type { ApiRouter } from './router';

/**
 * Every body this API accepts is a small JSON form; documents go to S3 by presigned URL. The
 * exceptions are an import file (/api/imports/*, MAX_IMPORT_BYTES), served in AWS by the function
 * that reads spreadsheets, and a partner's EWP IIA file (MAX_IIA_BYTES).
 */
export const MAX_BODY_BYTES = 64 * 1024;
const IMPORTS_PATH = '/api/imports/';
/** Where a partner's EWP IIA file (XML) is the body, up to MAX_IIA_BYTES: compared, created from, or approved by. */
const isIiaFilePath = (path: string) => path === '/api/ewp/iias/compare' || path === '/api/ewp/iias/agreements' || /^\/api\/agreements\/[^/]+\/ewp-approval$/.test(path);

/** API Gateway's request id, from the Lambda event the adapter passes as the app's env. */
function gatewayRequestId(env: unknown): string | undefined {
  const id = (env as { requestContext?: { requestId?: unknown } } | undefined)?.requestContext?.requestId;
  return typeof id === 'string' && id.length > 0 && id.length <= 255 ? id : undefined;
}

export function appAround(deps: ApiDeps, api: ApiRouter) {
  const app = new Hono<AppEnv>();

  // The request id is API Gateway's own (so the client's id finds the gateway's and Lambda's
  // logs), or a fresh one locally; never one the client sends, which could forge log lines.
  app.use('*', requestId({ headerName: '', generator: (c) => gatewayRequestId(c.env) ?? crypto.randomUUID() }));
  app.use('*', async (c, next) => {
    await next();
    c.header('X-Request-Id', c.get('requestId'));
  });
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    const started = performance.now();
    await next();
    // Path only: tokens travel in fragments and bodies, never in a path or query we log.
    deps.log.info('request', {
      requestId: c.get('requestId'),
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round(performance.now() - started),
    });
  });
  app.use('*', secureHeaders({ referrerPolicy: 'no-referrer' }));
  // In AWS only CloudFront knows the secret: the execute-api address is refused, and the viewer's
  // address CloudFront forwards can be believed. Locally there is no CloudFront and no secret.
  if (deps.config.originVerifySecret) app.use('*', cloudFrontOnly({ secret: deps.config.originVerifySecret }));
  // Cookie-authenticated writes: a cross-site form post is refused. JSON bodies need a CORS
  // preflight, which this API never grants, so a cross-site script cannot send them either.
  app.use('/api/*', csrf({ origin: deps.config.appUrl }));
  const jsonLimit = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: () => {
      throw new HTTPException(413, { message: 'The request body is too large' });
    },
  });
  const fileLimit = bodyLimit({
    maxSize: MAX_IMPORT_BYTES,
    onError: () => {
      throw new HTTPException(413, { message: 'The file is over 4 MB (about 20,000 rows); split it into smaller files' });
    },
  });
  const iiaLimit = bodyLimit({
    maxSize: MAX_IIA_BYTES,
    onError: () => {
      throw new HTTPException(413, { message: 'The IIA file is over 1 MB' });
    },
  });
  app.use('/api/*', (c, next) => (c.req.path.startsWith(IMPORTS_PATH) ? fileLimit(c, next) : isIiaFilePath(c.req.path) ? iiaLimit(c, next) : jsonLimit(c, next)));

  // The API's description is a file beside the pages (written by the web build from these very
  // routes, functions/api/openapi.ts): the function neither builds it nor carries its schemas.
  api.app.get('/openapi.json', (c) => c.redirect('/openapi.json', 301));
  app.route('/api', api.app);

  app.notFound((c) => c.json({ error: 'not_found', message: 'No such route', requestId: c.get('requestId') }, 404));
  app.onError((err, c) => errorResponse(err, c, deps.log));
  return app;
}
