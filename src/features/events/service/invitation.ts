/**
 * The calendar invitation of an event for one person, as the reminder sends it (REQUEST) and the
 * cancellation takes it back (CANCEL): one UID per event, the event's sequence, the school as
 * organiser. One function, so the CANCEL always names what the REQUEST did.
 */
import { calendarAttachment, mailAddressOf } from "../../../lib/calendar.js";
import type { MailAttachment } from "../../../db/schema/index.js";
import type { Config } from "../../../config.js";
import type { EventRow } from "./events.js";

export function invitationOf(
  config: Pick<Config, "MAIL_FROM" | "publicUrl">,
  event: Pick<EventRow, "id" | "sequence" | "title" | "startsAt" | "endsAt" | "place" | "path">,
  school: string,
  attendee: { name: string; email: string },
  cancelled: boolean,
): MailAttachment {
  return calendarAttachment({
    uid: `${event.id}@samen`,
    sequence: event.sequence,
    title: event.title,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    url: `${config.publicUrl}${event.path}`,
    location: event.place ? `${school}, ${event.place}` : school,
    organiser: { name: school, email: mailAddressOf(config.MAIL_FROM) },
    attendee,
    cancelled,
    productId: "samen/events",
    filename: cancelled ? "afgelast.ics" : "avond.ics",
  });
}
