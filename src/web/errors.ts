/** The few typed errors services throw; the app maps them to pages in one place. */
export class NotFoundError extends Error {
  readonly status = 404;
}
export class ForbiddenError extends Error {
  readonly status = 403;
}
/** A create form posted without its one-time token, or with one that is not ours (once-per-form.ts). */
export class FormTokenError extends Error {
  readonly status = 400;
}
export class ConflictError extends Error {
  readonly status = 409;
}
export class RateLimitedError extends Error {
  readonly status = 429;
  constructor(
    message: string,
    /** Seconds until a new attempt can succeed: sent as Retry-After. */
    readonly retryAfter: number,
  ) {
    super(message);
  }
}
