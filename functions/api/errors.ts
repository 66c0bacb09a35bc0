/**
 * Errors mapped to HTTP in exactly one place. A 500 carries no internals: it is logged with the
 * request id, and the client sees the same id to quote.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type * as z from 'zod/mini';
import {
  ConflictError,
  ForbiddenError,
  GoneError,
  NotFoundError,
  RateLimitedError,
  UnauthenticatedError,
  ValidationError,
  type FieldError,
} from '../../shared/errors';
import type { Logger } from '../lib/log';

export function fieldErrors(error: z.core.$ZodError): FieldError[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}

export function validationBody(message: string, fields: FieldError[]) {
  return { error: 'validation_failed', message, fields };
}

export function errorResponse(err: unknown, c: Context, log: Logger): Response {
  const requestId = c.get('requestId') as string | undefined;
  const json = (status: ContentfulStatusCode, body: Record<string, unknown>) => c.json({ ...body, requestId }, status);
  if (err instanceof ValidationError) return json(400, validationBody(err.message, err.fields));
  if (err instanceof NotFoundError) return json(404, { error: err.code, message: err.message });
  if (err instanceof ConflictError) return json(409, { error: err.code, message: err.message, ...err.details });
  if (err instanceof GoneError) return json(410, { error: err.code, message: err.message, ...err.details, freshLink: err.code === 'link_expired' });
  if (err instanceof ForbiddenError) return json(403, { error: 'forbidden', message: err.message });
  if (err instanceof UnauthenticatedError) return json(401, { error: 'unauthenticated', message: err.message });
  if (err instanceof RateLimitedError) {
    c.header('Retry-After', String(err.retryAfterSeconds));
    return json(429, { error: 'rate_limited', message: 'Too many requests; try again later', retryAfter: err.retryAfterSeconds });
  }
  if (err instanceof HTTPException) {
    if (err.status === 413) {
      // The rest of the body was never read: the connection cannot carry another request, and a
      // client that reused it would see its next request cut off. (API Gateway drops the header.)
      c.header('Connection', 'close');
      return json(413, { error: 'payload_too_large', message: err.message || 'The request body is too large' });
    }
    if (err.status === 403) return json(403, { error: 'forbidden', message: 'Cross-site request refused' });
    if (err.status === 400) {
      return json(400, validationBody('The request body is not valid JSON', [{ path: '', message: err.message || 'Malformed JSON' }]));
    }
    return json(err.status, { error: 'http_error', message: err.message });
  }
  log.error('unhandled error', { requestId, error: err instanceof Error ? `${err.name}: ${err.message}` : String(err), stack: err instanceof Error ? err.stack : undefined });
  return json(500, { error: 'internal', message: 'Something went wrong on our side; quote the request id if you report it' });
}
