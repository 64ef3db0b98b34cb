/**
 * The advice desk: public pages (routes/public.tsx, before the session), the editors' pages, the
 * school's sparring requests and the advisor's inbox (behind it).
 */
import { Hono } from "hono";
import { canEditPlatform } from "../../auth/viewer.js";
import type { AppEnv } from "../../web/env.js";
import type { NavLink } from "../../web/nav.js";
import { answersSparring, mayAskSparring } from "./policy.js";
import { manageRoutes } from "./routes/manage.js";
import { inboxRoutes, schoolSparringRoutes } from "./routes/sparring.js";

/** "Advies" in the header for the school leader, the coordinator and the editors. */
export const adviceNav: NavLink = {
  href: "/advice",
  label: "advice.nav",
  shownTo: (viewer) => mayAskSparring(viewer) || canEditPlatform(viewer),
};

export const inboxNav: NavLink = { href: "/advice/inbox", label: "advice.inbox.nav", shownTo: answersSparring };

export const adviceRoutes = new Hono<AppEnv>()
  .route("/advice/manage", manageRoutes)
  .route("/advice/sparring", schoolSparringRoutes)
  .route("/advice/inbox", inboxRoutes);

export { publicAdviceRoutes } from "./routes/public.js";
