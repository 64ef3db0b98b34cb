/**
 * Form validation with zod. Schemas use message keys as their messages
 * ("error.required"); here they become text in the user's language.
 */
import type { Context } from "hono";
import type { z } from "zod";
import type { AppEnv } from "./env.js";
import type { MessageKey } from "./i18n/index.js";
import { issueMessage, type MessageNumbers } from "./input-error.js";
import { intlLocale } from "../lib/time/format.js";
import { FORM_TOKEN_FIELD } from "./once-per-form.js";
import { readableForm } from "./errors.js";

export type FormValues = Record<string, string>;
export type FormErrors = Record<string, string>;

/** A form shown again with what was typed and what was wrong. */
export interface FormState {
  values: FormValues;
  errors: FormErrors;
}

/** A form shown for the first time. */
export const emptyForm: FormState = { values: {}, errors: {} };

export type FormResult<T> =
  { ok: true; data: T; values: FormValues } | { ok: false; errors: FormErrors; values: FormValues };

/** Reads the submitted form (text fields only) and validates it. */
export async function parseForm<S extends z.ZodType>(c: Context<AppEnv>, schema: S): Promise<FormResult<z.infer<S>>> {
  // The public routes answer before cleanInput (src/app.tsx), so their failure is named here too.
  const body = await readableForm(c.req.parseBody({ all: true }));
  const values: FormValues = {};
  const raw: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(body)) {
    if (key === "_csrf" || key === FORM_TOKEN_FIELD) continue;
    const strings = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === "string");
    raw[key] = strings.length > 1 ? strings : (strings[0] ?? "");
    values[key] = strings[0] ?? "";
  }
  return validate(c, schema, raw, values);
}

export function validate<S extends z.ZodType>(
  c: Context<AppEnv>,
  schema: S,
  input: unknown,
  values: FormValues = {},
): FormResult<z.infer<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data, values };
  const errors: FormErrors = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "_form");
    if (errors[field]) continue;
    const { key, numbers } = issueMessage(issue);
    errors[field] = formMessage(c, key, numbers);
  }
  return { ok: false, errors, values };
}

/** A form's message in the person's language, its numbers written as they read them ("10.000"). */
export function formMessage(c: Context<AppEnv>, key: MessageKey, numbers: MessageNumbers = {}): string {
  const locale = intlLocale(c.var.locale);
  return c.var.t(key, Object.fromEntries(Object.entries(numbers).map(([name, n]) => [name, n.toLocaleString(locale)])));
}

/** Every value posted for a checkbox group, to show the boxes ticked again after an error. */
export async function postedList(c: Context<AppEnv>, name: string): Promise<string[]> {
  const value = (await c.req.parseBody({ all: true }))[name];
  return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === "string");
}
