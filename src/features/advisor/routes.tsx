/** The advisor's workspace at /advisor, for whoever advises an organisation (policy.ts), and their notes. */
import { Hono } from "hono";
import type { AppEnv } from "../../web/env.js";
import { allow, viewerOf } from "../../web/guards.js";
import { renderPage } from "../../web/layout.js";
import type { NavLink } from "../../web/nav.js";
import { pageProps } from "../../web/route-context.js";
import { guidesOrganisations } from "./policy.js";
import { noteRoutes } from "./routes/notes.js";
import { advisorWorkspace } from "./service/workspace.js";
import { WorkspacePage } from "./views/workspace.js";

export const WORKSPACE = "/advisor";

export const advisorNav: NavLink = {
  href: WORKSPACE,
  label: "advisor.nav",
  group: "plan",
  shownTo: guidesOrganisations,
};

export const advisorRoutes = new Hono<AppEnv>()
  .route(`${WORKSPACE}/notes`, noteRoutes)
  .get(WORKSPACE, allow(guidesOrganisations), async (c) => {
    const rows = await advisorWorkspace({ db: c.var.deps.db, userId: viewerOf(c).userId });
    const page = <WorkspacePage {...pageProps(c)} rows={rows} />;
    return renderPage(c, { title: c.var.t("advisor.title"), children: page });
  });
