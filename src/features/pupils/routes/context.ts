/** What every handler of this feature needs: the scope, guards, ids from the path, service errors as form errors. */
import type { Context } from "hono";
import { canManageOrganisation } from "../../../auth/viewer.js";
import type { AppEnv } from "../../../web/env.js";
import { NotFoundError } from "../../../web/errors.js";
import { currentOrgId, requirePolicy, requireViewer, viewerOf } from "../../../web/guards.js";
import type { FormErrors } from "../../../web/validation.js";
import { accessOf, canSeePupils } from "../access.js";
import { InputError } from "../../../web/input-error.js";
import type { OrgScope } from "../../../db/org-scope.js";
import type { Access } from "../service/scope.js";

/** Signed in and staff who may see pupils (managers, teachers, mentors); parents get 403. */
export const staffOnly = [requireViewer, requirePolicy(canSeePupils)] as const;
/** May change things: school leader, coordinator, office. */
export const managersOnly = requirePolicy(canManageOrganisation);

export function scopeOf(c: Context<AppEnv>): OrgScope {
  return { db: c.var.deps.db, orgId: currentOrgId(c), userId: viewerOf(c).userId };
}

export function accessFor(c: Context<AppEnv>): Access {
  return accessOf(viewerOf(c));
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isId(value: string | undefined): value is string {
  return value !== undefined && GUID.test(value);
}

/** An id from the path; anything that is not an id cannot exist. */
export function idParam(c: Context<AppEnv>, name: string): string {
  const value = c.req.param(name);
  if (!isId(value)) throw new NotFoundError(name);
  return value;
}

/** A service's refusal as form errors in the user's language; any other error is rethrown. */
export function inputErrors(c: Context<AppEnv>, error: unknown): FormErrors {
  if (error instanceof InputError) return { [error.field]: c.var.t(error.key) };
  throw error;
}
