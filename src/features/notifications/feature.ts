/**
 * The notifications' pages: a person's settings under their account and the unsubscribe link
 * from every mail, which needs no sign-in (answered before the session, like a health check).
 * What they show and change lives in src/notifications/, shared by every feature that mails.
 */
import type { Db } from "../../db/client.js";
import { settingsOf } from "../../notifications/settings.js";
import type { Feature } from "../../web/feature.js";
import { contribution } from "../../web/extension.js";
import { accountData } from "../account/index.js";
import { settingsRoutes, unsubscribeRoutes } from "./routes.js";

/** For the data export: the digest hour and every kind's delivery as it applies to them. */
async function settingsForExport(db: Db, userId: string) {
  const settings = await settingsOf(db, userId);
  return { digestHour: settings.digestHour, delivery: Object.fromEntries(settings.delivery) };
}

export const notificationsFeature: Feature = {
  name: "notifications",
  routes: settingsRoutes,
  publicRoutes: unsubscribeRoutes,
  contributes: [
    contribution(accountData, {
      name: "notificationSettings",
      covers: ["notification_settings.user_id", "notification_preferences.user_id"],
      read: settingsForExport,
    }),
  ],
};
