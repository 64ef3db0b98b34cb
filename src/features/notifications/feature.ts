/**
 * The notifications' pages: a person's settings under their account and the unsubscribe link
 * from every mail, which needs no sign-in (answered before the session, like a health check).
 * What they show and change lives in src/notifications/, shared by every feature that mails.
 */
import type { Feature } from "../../web/feature.js";
import type { MessagesOf } from "../../web/i18n/index.js";
import * as notifications from "./messages.js";
import { settingsRoutes, unsubscribeRoutes } from "./routes.js";

const messages = { notifications };

declare module "../../web/i18n/index.js" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this feature's keys
  interface Messages extends MessagesOf<typeof messages> {}
}

export const notificationsFeature: Feature = {
  name: "notifications",
  routes: settingsRoutes,
  publicRoutes: unsubscribeRoutes,
  messages,
};
