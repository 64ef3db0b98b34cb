/** The information calendar's manifest: its pages, the public feed, its header link and texts. */
import type { Feature } from "../../web/feature.js";
import { contribution } from "../../web/extension.js";
import { accountData } from "../account/index.js";
import { feedOfPerson } from "./service/feed.js";
import { calendarNav, calendarRoutes, feedRoutes } from "./routes.js";

export const calendarFeature: Feature = {
  name: "calendar",
  routes: calendarRoutes,
  publicRoutes: feedRoutes,
  nav: [calendarNav],
  contributes: [
    contribution(accountData, { name: "calendarFeed", covers: ["calendar_feeds.user_id"], read: feedOfPerson }),
  ],
};
