/**
 * The family history under /conversations/history: school leaders and coordinators see every
 * child, teachers and mentors the children of their groups. Counts and topics only.
 */
import { Hono } from "hono";
import type { Viewer } from "../../../auth/viewer.js";
import type { AppEnv } from "../../../web/env.js";
import { allow, viewerOf } from "../../../web/guards.js";
import { renderPage } from "../../../web/layout.js";
import { canSeeHistory, leadsSchool } from "../policy.js";
import { childHistory, historyOverview } from "../service/history.js";
import type { StaffAccess } from "../service/rounds.js";
import { ChildHistoryPage, HistoryOverviewPage } from "../views/history.js";
import { pageProps, pathId, scopeOf } from "../../../web/route-context.js";

const accessOf = (viewer: Viewer): StaffAccess => (leadsSchool(viewer) ? "manage" : "own-groups");
const leadersAndTeachers = allow(canSeeHistory);

export const historyRoutes = new Hono<AppEnv>()
  .get("/", leadersAndTeachers, async (c) => {
    const rows = await historyOverview({ ...scopeOf(c), access: accessOf(viewerOf(c)), now: new Date() });
    const page = <HistoryOverviewPage {...pageProps(c)} rows={rows} />;
    return renderPage(c, { title: c.var.t("conversations.history.title"), children: page });
  })
  .get("/:pupilId", leadersAndTeachers, async (c) => {
    const scope = { ...scopeOf(c), access: accessOf(viewerOf(c)), now: new Date(), pupilId: pathId(c, "pupilId") };
    const { child, entries } = await childHistory(scope);
    const page = <ChildHistoryPage {...pageProps(c)} child={child} entries={entries} />;
    return renderPage(c, { title: c.var.t("conversations.history.child", { name: child.name }), children: page });
  });
