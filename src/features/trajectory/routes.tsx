/**
 * The trajectory: the staff's timeline and sessions under /trajectory, the parents' version at
 * /trajectory/for-parents. Each route carries its own guard (policy.ts).
 */
import { Hono } from "hono";
import type { Viewer } from "../../auth/viewer.js";
import type { AppEnv } from "../../web/env.js";
import type { NavLink } from "../../web/nav.js";
import { mayFollowAsParent, mayFollowTrajectory } from "./policy.js";
import { eventRoutes, signupRoutes } from "./routes/events.js";
import { parentRoutes } from "./routes/parents.js";
import { sessionRoutes } from "./routes/sessions.js";
import { timelineRoutes } from "./routes/timeline.js";

/** "Traject" in the header for staff; parents get "Samen met school", their own version. */
export const trajectoryNav: NavLink = {
  href: "/trajectory",
  label: "trajectory.nav",
  group: "plan",
  shownTo: mayFollowTrajectory,
};
export const parentsNav: NavLink = {
  href: "/trajectory/for-parents",
  label: "trajectory.parents.nav",
  group: "parents",
  shownTo: (viewer: Viewer) => mayFollowAsParent(viewer) && !mayFollowTrajectory(viewer),
};

export const trajectoryRoutes = new Hono<AppEnv>()
  .route("/trajectory/for-parents", signupRoutes)
  .route("/trajectory/for-parents", parentRoutes)
  .route("/trajectory", eventRoutes)
  .route("/trajectory/sessions", sessionRoutes)
  .route("/trajectory", timelineRoutes);
