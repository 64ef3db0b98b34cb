/**
 * The reminder the day before: once a day, for every event that starts tomorrow (school time),
 * each person signed up gets a mail with the event's calendar invitation (.ics, iTIP REQUEST with
 * the event's UID and sequence, so a calendar that has it already updates it). The sign-up is
 * marked reminded in the transaction that records the mail, and only unmarked sign-ups are taken
 * (locked, skipping those another run holds): a rerun or a second server sends nothing twice.
 */
import { and, eq, gte, isNull, lt, sql } from "drizzle-orm";
import { withOrg } from "../../../db/client.js";
import { orgIdsFrom } from "../../../db/org-scope.js";
import { ofOrg } from "../../../db/of-org.js";
import { eventSignups, events, users } from "../../../db/schema/index.js";
import { formatSlot } from "../../../lib/time/format.js";
import { endOfDay, schoolDate, schoolToday } from "../../../lib/time/school-date.js";
import { letter } from "../../../mail/letter.js";
import { asRecipient, notify } from "../../../mail/notify.js";
import { eventReminder } from "../notifications.js";
import type { Deps } from "../../../web/env.js";
import { invitationOf } from "./invitation.js";
import { schoolNameOf } from "../../pupils/index.js";
import { onKey } from "../../../db/on-key.js";

type ReminderDeps = Pick<Deps, "db" | "jobs" | "config">;

/** Tomorrow in school time, as the instants it starts and ends. */
export function tomorrowOf(now: Date): { from: Date; to: Date } {
  const from = endOfDay(schoolToday(now));
  return { from, to: endOfDay(schoolDate(from)) };
}

async function remindOrganisation(deps: ReminderDeps, orgId: string, window: { from: Date; to: Date }) {
  return withOrg(deps.db, { orgId, userId: null }, async (tx) => {
    const due = await tx
      .select({
        eventId: events.id,
        userId: eventSignups.userId,
        people: eventSignups.people,
        title: events.title,
        startsAt: events.startsAt,
        endsAt: events.endsAt,
        place: events.place,
        path: events.path,
        sequence: events.sequence,
        email: users.email,
        name: users.name,
        locale: users.locale,
      })
      .from(eventSignups)
      .innerJoin(events, onKey(events, eventSignups.orgId, eventSignups.eventId))
      .innerJoin(users, eq(users.id, eventSignups.userId))
      .where(
        and(
          eq(eventSignups.orgId, orgId),
          isNull(eventSignups.remindedAt),
          eq(eventSignups.waiting, false),
          isNull(events.cancelledAt),
          gte(events.startsAt, window.from),
          lt(events.startsAt, window.to),
        ),
      )
      .for("update", { of: eventSignups, skipLocked: true });
    if (!due.length) return 0;
    const school = await schoolNameOf(tx, orgId);
    const recipients = due.map(asRecipient);
    await notify(tx, deps.jobs, eventReminder, recipients, (to, t) => {
      const url = `${deps.config.publicUrl}${to.path}`;
      const params = {
        title: to.title,
        time: formatSlot(to.locale, to.startsAt, to.endsAt),
        place: to.place || school,
        people: to.people,
        url,
      };
      return {
        subject: t("events.mail.reminder.subject", params),
        text: letter(t, { name: to.name, from: school }, t("events.mail.reminder.text", params)),
        attachments: [
          invitationOf(deps.config, { ...to, id: to.eventId }, school, { name: to.name, email: to.email }, false),
        ],
      };
    });
    const now = new Date();
    for (const row of due)
      await tx
        .update(eventSignups)
        .set({ remindedAt: now })
        .where(ofOrg(eventSignups, orgId, { eventId: row.eventId, userId: row.userId }));
    return due.length;
  });
}

/** Sends tomorrow's reminders; returns how many mails were recorded. */
export async function sendEventReminders(deps: ReminderDeps, now: Date = new Date()): Promise<number> {
  const window = tomorrowOf(now);
  const orgIds = await orgIdsFrom(
    deps.db,
    sql`select event_reminder_orgs(${window.from.toISOString()}::timestamptz, ${window.to.toISOString()}::timestamptz) as org_id`,
  );
  let mailed = 0;
  for (const orgId of orgIds) mailed += await remindOrganisation(deps, orgId, window);
  return mailed;
}
