/** The panel's routes: parents' pages, answering, editors' pages, and the public reports. */
import { Hono } from "hono";
import { canEditPlatform } from "../../auth/viewer.js";
import type { AppEnv } from "../../web/env.js";
import { joinRoutes } from "../../web/join-routes.js";
import type { NavLink } from "../../web/nav.js";
import { answerRoutes } from "./routes/answer.js";
import { editorRoutes } from "./routes/editor.js";
import { memberRoutes } from "./routes/member.js";
import { reportRoutes } from "./routes/reports.js";

export const panelNav: NavLink = {
  href: "/panel/beheer",
  label: "panel.nav",
  group: "platform",
  shownTo: canEditPlatform,
};

export const panelRoutes = joinRoutes(memberRoutes, answerRoutes, editorRoutes);

export const panelPublicRoutes = new Hono<AppEnv>().route("/", reportRoutes);
