/**
 * The one mapping of a service's refusals to a response: an InputError or a Refused outcome
 * becomes form errors in the person's language, next to its field (or on the form), and the
 * refusal's kind becomes the status the page is answered with (an InputError 422, one that came
 * too often 429 with Retry-After).
 */
import type { Context } from "hono";
import type { AppEnv } from "./env.js";
import { InputError, TooOftenError } from "./input-error.js";
import type { RefusalKind, Refused } from "./outcome.js";
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
