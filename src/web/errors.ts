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
/** A posted body that cannot be read as the form its Content-Type names (multipart without a boundary, cut off). */
export class UnreadableFormError extends Error {
  readonly status = 400;
  constructor() {
    super("unreadable form");
  }
}
/**
 * A form as read, or UnreadableFormError where the body could not be parsed (the fetch API's
 * TypeError). Other failures, such as a body over its limit (HTTPException 413), pass as they are.
 */
export function readableForm<T>(read: Promise<T>): Promise<T> {
  return read.catch((error: unknown) => {
    throw error instanceof TypeError ? new UnreadableFormError() : error;
  });
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
