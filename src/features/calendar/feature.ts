/** The information calendar's manifest: its pages, the public feed, its header link and texts. */
import type { Feature } from "../../web/feature.js";
import { contribution } from "../../web/extension.js";
import { accountData } from "../account/index.js";
import { feedOfPerson } from "./service/feed.js";
import type { MessagesOf } from "../../web/i18n/index.js";
import * as calendar from "./messages.js";
import { calendarNav, calendarRoutes, feedRoutes } from "./routes.js";

const messages = { calendar };

declare module "../../web/i18n/index.js" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this feature's keys
  interface Messages extends MessagesOf<typeof messages> {}
}

export const calendarFeature: Feature = {
  name: "calendar",
  routes: calendarRoutes,
  publicRoutes: feedRoutes,
  nav: [calendarNav],
  messages,
  contributes: [
    contribution(accountData, { name: "calendarFeed", covers: ["calendar_feeds.user_id"], read: feedOfPerson }),
  ],
};
