/** What every staff route of measurements shares: who may use them, the scope, the measurement id from the path. */
import type { Context } from "hono";
import { every } from "hono/combine";
import { canManageOrganisation } from "../../../auth/viewer.js";
import type { AppEnv } from "../../../web/env.js";
import { NotFoundError } from "../../../web/errors.js";
import { currentOrgId, requirePolicy, requireViewer, viewerOf } from "../../../web/guards.js";
import type { OrgScope } from "../../../db/org-scope.js";

/** School leader, coordinator or office of the current organisation. */
export const managers = every(requireViewer, requirePolicy(canManageOrganisation));

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function scopeOf(c: Context<AppEnv>): OrgScope {
  return { db: c.var.deps.db, orgId: currentOrgId(c), userId: viewerOf(c).userId };
}

export function measurementId(c: Context<AppEnv>): string {
  const id = c.req.param("id");
  if (!id || !GUID.test(id)) throw new NotFoundError("measurement");
  return id;
}
