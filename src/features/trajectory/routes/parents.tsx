/** /trajectory/for-parents: the parents' version of the timeline (staff may look at it too). */
import { Hono } from "hono";
import type { Viewer } from "../../../auth/viewer.js";
import type { AppEnv } from "../../../web/env.js";
import { allow } from "../../../web/guards.js";
import { renderPage } from "../../../web/layout.js";
import { scopeOf } from "../../../web/route-context.js";
import { mayFollowAsParent, mayFollowTrajectory } from "../policy.js";
import { parentView } from "../service/parent-view.js";
import { ParentPage } from "../views/parents.js";

const parentOrStaff = (viewer: Viewer) => mayFollowAsParent(viewer) || mayFollowTrajectory(viewer);

export const parentRoutes = new Hono<AppEnv>().get("/", allow(parentOrStaff), async (c) => {
  const view = await parentView(scopeOf(c));
  const page = <ParentPage t={c.var.t} locale={c.var.locale} view={view} />;
  return renderPage(c, { title: c.var.t("trajectory.parents.title"), children: page });
});
