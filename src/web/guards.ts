/** Route guards: who may see a route is decided here, on the server, for every request. */
import type { Context } from "hono";
import { every } from "hono/combine";
import { createMiddleware } from "hono/factory";
import { canManageOrganisation, secondFactorState, type Viewer } from "../auth/viewer.js";
import type { AppEnv } from "./env.js";
import { ForbiddenError } from "./errors.js";

/** Requires a fully signed-in person; otherwise to sign-in or to the second factor. */
export const requireViewer = createMiddleware<AppEnv>(async (c, next) => {
  const viewer = c.var.viewer;
  if (!viewer) return c.redirect(`/sign-in?next=${encodeURIComponent(c.req.path)}`, 303);
  const state = secondFactorState(viewer);
  if (state === "verify") return c.redirect("/sign-in/second-factor", 303);
  if (state === "enrol" && !c.req.path.startsWith("/account")) return c.redirect("/account/two-factor", 303);
  await next();
});

/** The viewer on a route behind requireViewer. */
export function viewerOf(c: Context<AppEnv>): Viewer {
  const viewer = c.var.viewer;
  if (!viewer) throw new ForbiddenError("not signed in");
  return viewer;
}

/** A policy predicate over the viewer as middleware; behind requireViewer, so routes use allow(). */
function requirePolicy(allowed: (viewer: Viewer) => boolean) {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (!allowed(viewerOf(c))) throw new ForbiddenError("policy");
    await next();
  });
}

/** The guard of a route: signed in (else to sign-in), and the policy holds for the viewer (else 403). */
export function allow(policy: (viewer: Viewer) => boolean) {
  return every(requireViewer, requirePolicy(policy));
}

/** School leader, coordinator or office of the current organisation. */
export const organisationManagers = allow(canManageOrganisation);

/** The current organisation's id, for routes that work inside one. */
export function currentOrgId(c: Context<AppEnv>): string {
  const org = viewerOf(c).current;
  if (!org) throw new ForbiddenError("no organisation");
  return org.orgId;
}
