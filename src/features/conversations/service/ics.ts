/** The calendar invitation (.ics) sent with every confirmation; the booking's id is the event's UID. */
import type { MailAttachment } from "../../../db/schema/index.js";
import { calendarAttachment } from "../../../lib/calendar.js";

/** A reminder carries the same invitation again, so a calendar that missed it still gets it. */
export type NoticeKind = "booked" | "changed" | "cancelled" | "reminder";

export interface InvitationInput {
  bookingId: string;
  sequence: number;
  title: string;
  startsAt: Date;
  endsAt: Date;
  url: string;
}

export function invitation(kind: NoticeKind, input: InvitationInput): MailAttachment {
  const { bookingId, ...event } = input;
  return calendarAttachment({
    ...event,
    uid: `${bookingId}@samen`,
    cancelled: kind === "cancelled",
    productId: "samen/conversations",
    filename: "gesprek.ics",
  });
}
