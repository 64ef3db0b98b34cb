/** What organisation handlers share beyond the shared route context: the admin guard, the organisation's name, service refusals as form errors. */
import type { Context } from "hono";
import type { AppEnv } from "../../../web/env.js";
import { allow, viewerOf } from "../../../web/guards.js";
import type { FormErrors } from "../../../web/validation.js";
import { InputError } from "../../../web/input-error.js";

/** Signed in as a platform administrator. */
export const platformAdmin = allow((viewer) => viewer.isPlatformAdmin);

/** The current organisation's name, as the viewer already knows it. */
export function orgNameOf(c: Context<AppEnv>): string {
  return viewerOf(c).current?.orgName ?? "";
}

/** Runs a service call; returns its refusal as form errors in the user's language, or null when it went through. */
export async function attempt(c: Context<AppEnv>, call: () => Promise<unknown>): Promise<FormErrors | null> {
  try {
    await call();
    return null;
  } catch (error) {
    if (error instanceof InputError) return error.toFormErrors(c.var.t);
    throw error;
  }
}

/** Every value posted for a checkbox group, to show the boxes ticked again after an error. */
export async function postedList(c: Context<AppEnv>, name: string): Promise<string[]> {
  const value = (await c.req.parseBody({ all: true }))[name];
  return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === "string");
}
