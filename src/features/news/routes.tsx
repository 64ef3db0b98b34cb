/** /news: the sub-apps of news in the order their paths must be tried, the header link and the home item. */
import { Hono } from "hono";
import type { AppEnv } from "../../web/env.js";
import type { HomeContributor } from "../../web/home.js";
import { joinRoutes } from "../../web/join-routes.js";
import type { NavLink } from "../../web/nav.js";
import { mayReactToNews, mayReadNews } from "./policy.js";
import { pageRoutes } from "./routes/pages.js";
import { reactionRoutes } from "./routes/reactions.js";
import { suggestionRoutes } from "./routes/suggestions.js";
import { writingRoutes } from "./routes/writing.js";
import { unreadCount } from "./service/reads.js";

export const newsNav: NavLink = { href: "/news", label: "news.nav", group: "contact", shownTo: mayReadNews };

/** What is new for a parent: the posts of the last 30 days they have not opened. */
export const newsHome: HomeContributor = async ({ db, viewer, orgId, t, now }) => {
  if (!mayReactToNews(viewer)) return [];
  const unread = await unreadCount({ db, orgId, userId: viewer.userId, now });
  return unread > 0 ? [{ section: "new", text: t("news.home.unread", { n: unread }), href: "/news" }] : [];
};

export const newsRoutes = new Hono<AppEnv>().route(
  "/news",
  joinRoutes(suggestionRoutes, writingRoutes, reactionRoutes, pageRoutes),
);
