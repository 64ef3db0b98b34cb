/**
 * A person's notification settings (src/notifications/): per kind of mail at once, in the
 * daily digest or off, and the hour their digest comes. Global like `users` (a person gets
 * mail from several organisations and sets it once); read and written only for the signed-in
 * person or the person an unsubscribe link was signed for, and by the digest job. A kind
 * without a row follows its declared default; a person without preferences gets the digest at
 * DEFAULT_DIGEST_HOUR. Both go with the account (cascade). See docs/notifications.md.
 */
import { pgEnum, pgTable, primaryKey, smallint, text, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts.js";
import { at, owner } from "./columns.js";

export const notificationDelivery = pgEnum("notification_delivery", ["now", "digest", "off"]);

export const notificationSettings = pgTable(
  "notification_settings",
  {
    userId: owner("user_id"),
    /** A declared kind's name (src/notifications/kinds.ts), e.g. "conversation.booked". */
    kind: text("kind").notNull(),
    delivery: notificationDelivery("delivery").notNull(),
    updatedAt: at("updated_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);

export const notificationPreferences = pgTable("notification_preferences", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  /** The hour (0–23, school time) the daily digest is sent. */
  digestHour: smallint("digest_hour").notNull(),
  updatedAt: at("updated_at").notNull().defaultNow(),
});
