/**
 * The usual form post, written once: validate with zod, run the service, and go on with a flash;
 * bad input, or an InputError the service throws, shows the form again (422; 429 when it came too
 * often) with each message beside its field and what was typed still in place.
 */
import type { Context } from "hono";
import type { z } from "zod";
import type { AppEnv } from "./env.js";
import { redirectWithFlash } from "./flash.js";
import { inputRefusal } from "./form-refusal.js";
import type { MessageKey } from "./i18n/index.js";
import { parseForm, type FormState } from "./validation.js";

export interface Submission<T> {
  /** The page with the form again, answered with `status`: 422, or 429 for input that came too often. */
  again: (form: FormState, status: 422 | 429) => Response | Promise<Response>;
  /** Calls the service; answers where to go next. */
  run: (data: T) => Promise<string>;
  flash: MessageKey;
}

export async function submitForm<S extends z.ZodType>(
  c: Context<AppEnv>,
  schema: S,
  { again, run, flash }: Submission<z.infer<S>>,
): Promise<Response> {
  const form = await parseForm(c, schema);
  if (!form.ok) return again(form, 422);
  try {
    return redirectWithFlash(c, await run(form.data), flash);
  } catch (error) {
    const { errors, status } = inputRefusal(c, error);
    return again({ values: form.values, errors }, status);
  }
}
