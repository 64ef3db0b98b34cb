/** What pupils handlers share beyond the shared route context: the staff guard, the viewer's access, service errors as form errors. */
import type { Context } from "hono";
import type { AppEnv } from "../../../web/env.js";
import { allow, viewerOf } from "../../../web/guards.js";
import type { FormErrors } from "../../../web/validation.js";
import { accessOf, canSeePupils } from "../access.js";
import { InputError } from "../../../web/input-error.js";
import type { Access } from "../service/scope.js";

/** Signed in and staff who may see pupils (managers, teachers, mentors); parents get 403. */
export const staffOnly = allow(canSeePupils);

export function accessFor(c: Context<AppEnv>): Access {
  return accessOf(viewerOf(c));
}

/** A service's refusal as form errors in the user's language; any other error is rethrown. */
export function inputErrors(c: Context<AppEnv>, error: unknown): FormErrors {
  if (error instanceof InputError) return { [error.field]: c.var.t(error.key) };
  throw error;
}
