/** The network's pages under /network, its header link and what it puts on a parent's home page. */
import { Hono } from "hono";
import type { AppEnv } from "../../web/env.js";
import { allow, viewerOf } from "../../web/guards.js";
import type { HomeContributor } from "../../web/home.js";
import { renderPage } from "../../web/layout.js";
import type { NavLink } from "../../web/nav.js";
import { formatSlot } from "../../lib/time/format.js";
import { isNetworkParent, isNetworkStaff, mayUseNetwork } from "./policy.js";
import { profileRoutes } from "./routes/profile.js";
import { searchRoutes } from "./routes/search.js";
import { taskRoutes } from "./routes/tasks.js";
import { myUpcomingTasks, taskPath } from "./service/tasks.js";
import { NetworkPage } from "./views/network-page.js";

export const networkNav: NavLink = { href: "/network", label: "network.nav", group: "parents", shownTo: mayUseNetwork };

/** A parent's volunteer tasks still to come, on their home page under "coming". */
export const networkHome: HomeContributor = async ({ db, viewer, orgId, t, locale, now }) => {
  if (!isNetworkParent({ ...viewer })) return [];
  const tasks = await myUpcomingTasks({ db, orgId, userId: viewer.userId, now });
  return tasks.map((task) => ({
    section: "coming" as const,
    text: t("network.home.task", { title: task.title, time: formatSlot(locale, task.startsAt, task.endsAt) }),
    href: taskPath(task.id),
    at: task.startsAt,
  }));
};

const hub = new Hono<AppEnv>().get("/", allow(mayUseNetwork), (c) => {
  const viewer = viewerOf(c);
  return renderPage(c, {
    title: c.var.t("network.title"),
    children: <NetworkPage t={c.var.t} parent={isNetworkParent(viewer)} staff={isNetworkStaff(viewer)} />,
  });
});

export const networkRoutes = new Hono<AppEnv>()
  .route("/network", hub)
  .route("/network", profileRoutes)
  .route("/network", searchRoutes)
  .route("/network", taskRoutes);
