/**
 * The small family of domain errors. The core and the repositories throw them; the API maps
 * them to HTTP in exactly one place (functions/api/errors.ts).
 */
/**
 * A field's error: its path and sentence; where the sentence is one of a known family (an import
 * file that cannot be read), also its `code` and `values`, for a client to word it by.
 */
export type FieldError = { path: string; message: string; code?: string; values?: Record<string, string> };

export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  constructor(
    message: string,
    readonly fields: FieldError[] = [],
  ) {
    super(message);
  }
}

export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
  constructor(message = 'Not found', readonly code = 'not_found') {
    super(message);
  }
}

/** A lost race or a wrong state; `details` is the current state shown to the caller. */
export class ConflictError extends Error {
  override readonly name = 'ConflictError';
  constructor(
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export class ForbiddenError extends Error {
  override readonly name = 'ForbiddenError';
  constructor(message = 'Forbidden') {
    super(message);
  }
}

export class UnauthenticatedError extends Error {
  override readonly name = 'UnauthenticatedError';
  constructor(message = 'Sign in first') {
    super(message);
  }
}

/**
 * A link that was real but is no longer usable (expired, replaced by a newer one, or its person no
 * longer holds the role it was sent for); `details` says what the item waits on instead.
 */
export class GoneError extends Error {
  override readonly name = 'GoneError';
  constructor(
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export class RateLimitedError extends Error {
  override readonly name = 'RateLimitedError';
  constructor(readonly retryAfterSeconds: number) {
    super('Too many requests');
  }
}
