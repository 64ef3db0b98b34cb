/** The panel's routes: parents' pages (routes/member.tsx), editors' pages and the public reports. */
import { Hono } from "hono";
import { canEditPlatform } from "../../auth/viewer.js";
import type { AppEnv } from "../../web/env.js";
import type { NavLink } from "../../web/nav.js";
import { memberRoutes } from "./routes/member.js";

export const panelNav: NavLink = {
  href: "/panel/beheer",
  label: "panel.nav",
  shownTo: canEditPlatform,
};

export const panelRoutes = new Hono<AppEnv>().route("/", memberRoutes);

export const panelPublicRoutes = new Hono<AppEnv>();
