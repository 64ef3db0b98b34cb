/** What every handler here needs: guards, the scope of the current organisation, ids from the path, service refusals as form errors. */
import type { Context } from "hono";
import { every } from "hono/combine";
import { canManageOrganisation } from "../../../auth/viewer.js";
import type { AppEnv } from "../../../web/env.js";
import { NotFoundError } from "../../../web/errors.js";
import { currentOrgId, requirePolicy, requireViewer, viewerOf } from "../../../web/guards.js";
import type { FormErrors } from "../../../web/validation.js";
import { InputError } from "../../../web/input-error.js";
import { idParam } from "../schemas.js";

/** Signed in, and school leader, coordinator or office of the current organisation. */
export const organisationManager = every(requireViewer, requirePolicy(canManageOrganisation));

/** Signed in as a platform administrator. */
export const platformAdmin = every(
  requireViewer,
  requirePolicy((viewer) => viewer.isPlatformAdmin),
);

export function scopeOf(c: Context<AppEnv>) {
  return { db: c.var.deps.db, orgId: currentOrgId(c), userId: viewerOf(c).userId };
}

/** The current organisation's name, as the viewer already knows it. */
export function orgNameOf(c: Context<AppEnv>): string {
  return viewerOf(c).current?.orgName ?? "";
}

/** An id from the path; anything that is not an id cannot exist. */
export function pathId(c: Context<AppEnv>, name: string): string {
  const parsed = idParam.safeParse(c.req.param(name));
  if (!parsed.success) throw new NotFoundError(name);
  return parsed.data;
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
