/**
 * The one mapping of a service's refusals to a response: an InputError or a Refused outcome
 * becomes form errors in the person's language, next to its field (or on the form), and the
 * refusal's kind becomes the status the page is answered with (an InputError 422, one that came
 * too often 429 with Retry-After).
 */
import type { Context } from "hono";
import type { AppEnv } from "./env.js";
import { InputError, TooOftenError, type MessageNumbers } from "./input-error.js";
import { refuse, type RefusalKind, type Refused } from "./outcome.js";
import { formMessage, type FormErrors } from "./validation.js";

const statusOfKind = { forbidden: 403, conflict: 409, invalid: 422 } as const;

/** The status a refused request is answered with. */
export function refusalStatus<K extends RefusalKind>(refused: { kind: K }): (typeof statusOfKind)[K] {
  return statusOfKind[refused.kind];
}

/** A refusal (or an InputError) as form errors in the person's language. */
export function formErrorsOf(c: Context<AppEnv>, refused: Pick<Refused, "key" | "field"> | InputError): FormErrors {
  return {
    [refused.field ?? "_form"]: formMessage(c, refused.key, "numbers" in refused ? refused.numbers : undefined),
  };
}

/** An InputError thrown by a service as form errors; any other error is rethrown. */
export function inputErrors(c: Context<AppEnv>, error: unknown): FormErrors {
  if (error instanceof InputError) return formErrorsOf(c, error);
  throw error;
}

/** The form errors of a service's InputError and the status to answer them with; any other error is rethrown. */
export function inputRefusal(c: Context<AppEnv>, error: unknown): { errors: FormErrors; status: 422 | 429 } {
  const errors = inputErrors(c, error);
  if (!(error instanceof TooOftenError)) return { errors, status: 422 };
  c.header("Retry-After", String(error.retryAfter));
  return { errors, status: 429 };
}

/** Runs a service call; returns its InputError as form errors with their status, or null when it went through. */
export async function attemptWithStatus(
  c: Context<AppEnv>,
  call: () => Promise<unknown>,
): Promise<{ errors: FormErrors; status: 422 | 429 } | null> {
  try {
    await call();
    return null;
  } catch (error) {
    return inputRefusal(c, error);
  }
}

/** Runs a service call; returns its InputError as form errors, or null when it went through. */
export async function attempt(c: Context<AppEnv>, call: () => Promise<unknown>): Promise<FormErrors | null> {
  try {
    await call();
    return null;
  } catch (error) {
    return inputErrors(c, error);
  }
}

/** A service's InputError as a refusal of its field, with the numbers its message names. */
export type InputRefused = Refused<"input"> & { numbers?: MessageNumbers };

/**
 * The service call's result, or its InputError as a refusal (422), for a route that answers the
 * service's refusals already: one thrown deep in its transaction (the day's room for attachments)
 * is answered the same way. Any other error is rethrown.
 */
export async function orInputRefusal<T>(call: Promise<T>): Promise<T | InputRefused> {
  try {
    return await call;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const refused = refuse("input", error.key, "invalid", error.field);
    return error.numbers ? { ...refused, numbers: error.numbers } : refused;
  }
}
