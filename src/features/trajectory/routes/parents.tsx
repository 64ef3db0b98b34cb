/** /trajectory/for-parents: the parents' version of the timeline (staff may look at it too), with sign-ups. */
import { Hono, type Context } from "hono";
import type { Viewer } from "../../../auth/viewer.js";
import type { AppEnv } from "../../../web/env.js";
import { allow } from "../../../web/guards.js";
import { renderPage } from "../../../web/layout.js";
import { pageProps, scopeOf } from "../../../web/route-context.js";
import { mayFollowAsParent, mayFollowTrajectory } from "../policy.js";
import { parentView } from "../service/parent-view.js";
import { ParentPage, type SignupProblem } from "../views/parents.js";

const parentOrStaff = (viewer: Viewer) => mayFollowAsParent(viewer) || mayFollowTrajectory(viewer);

/** The page, with a refused sign-up's reason beside its session. */
export async function parentPage(c: Context<AppEnv>, problem?: SignupProblem, status: 200 | 403 | 409 | 422 = 200) {
  const view = await parentView(scopeOf(c));
  const page = <ParentPage {...pageProps(c)} view={view} signs={mayFollowAsParent(c.var.viewer!)} problem={problem} />;
  return renderPage(c, { title: c.var.t("trajectory.parents.title"), children: page }, status);
}

export const parentRoutes = new Hono<AppEnv>().get("/", allow(parentOrStaff), (c) => parentPage(c));
