/** What pupils handlers share beyond the shared route context: the staff guard, the viewer's access. */
import type { Context } from "hono";
import type { AppEnv } from "../../../web/env.js";
import { allow, viewerOf } from "../../../web/guards.js";
import { accessOf, canSeePupils } from "../access.js";
import type { Access } from "../service/scope.js";
import type { FormErrors, FormValues } from "../../../web/validation.js";

/** Signed in and staff who may see pupils (managers, teachers, mentors); parents get 403. */
export const staffOnly = allow(canSeePupils);

export function accessFor(c: Context<AppEnv>): Access {
  return accessOf(viewerOf(c));
}

/** The frame of the pupil's and the guardian's form pages: where it posts, where cancel goes, and what was typed. */
export interface FormPage {
  title: string;
  action: string;
  cancel: string;
  values?: FormValues;
  errors?: FormErrors;
}
