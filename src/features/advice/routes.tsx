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

/**
 * "Advies" in the header: for the school leader and the coordinator their sparring page (which
 * links to the public questions and guides), for the editors the pages where they write those.
 * Each sees only a link they may open: /advice/sparring refuses anyone else.
 */
export const adviceNav: NavLink = {
  href: "/advice/sparring",
  label: "advice.nav",
  group: "plan",
  shownTo: mayAskSparring,
};

export const adviceManageNav: NavLink = {
  href: "/advice/manage",
  label: "advice.manage.nav",
  group: "platform",
  shownTo: canEditPlatform,
};

export const inboxNav: NavLink = {
  href: "/advice/inbox",
  label: "advice.inbox.nav",
  group: "plan",
  shownTo: answersSparring,
};

export const adviceRoutes = new Hono<AppEnv>()
  .route("/advice/manage", manageRoutes)
  .route("/advice/sparring", schoolSparringRoutes)
  .route("/advice/inbox", inboxRoutes);

export { publicAdviceRoutes } from "./routes/public.js";
