/**
 * The plan under /plan: staff read and (leaders) write it; parents read the published version at
 * /plan/for-parents and respond. Each route carries its own guard (policy.ts).
 */
import { Hono } from "hono";
import type { Viewer } from "../../auth/viewer.js";
import type { AppEnv } from "../../web/env.js";
import type { NavLink } from "../../web/nav.js";
import { mayReadPlan, mayRespondToPlan } from "./policy.js";
import { editingRoutes } from "./routes/editing.js";
import { readingRoutes } from "./routes/reading.js";

/** "Plan" in the header for staff; parents get "Ons plan", the published version. */
export const planNav: NavLink = { href: "/plan", label: "plan.nav", group: "plan", shownTo: mayReadPlan };
export const parentsPlanNav: NavLink = {
  href: "/plan/for-parents",
  label: "plan.parents.nav",
  group: "parents",
  shownTo: (viewer: Viewer) => mayRespondToPlan(viewer) && !mayReadPlan(viewer),
};

export const planRoutes = new Hono<AppEnv>().route("/plan", readingRoutes).route("/plan", editingRoutes);
