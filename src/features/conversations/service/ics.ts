/**
 * The calendar invitation (.ics) sent with every confirmation: the school invites the recipient,
 * at the school's address; the booking's (or request's) id is the event's UID.
 */
import type { MailAttachment } from "../../../db/schema/index.js";
import { calendarAttachment, type CalendarPerson } from "../../../lib/calendar.js";
import type { Venue } from "./venues.js";

/**
 * A reminder carries the same invitation again, so a calendar that missed it still gets it; a
 * conversation handed to another teacher carries it with the new name. "teacherLeft" tells of a
 * teacher who deleted their account, before anything about the conversation changes: no invitation.
 */
export type NoticeKind = "booked" | "changed" | "cancelled" | "reminder" | "handedOver" | "teacherLeft";

export interface InvitationInput {
  bookingId: string;
  sequence: number;
  title: string;
  startsAt: Date;
  endsAt: Date;
  url: string;
  venue: Venue;
  /** The address the school's mails come from. */
  noReplyAddress: string;
  attendee: CalendarPerson;
}

export function invitation(kind: NoticeKind, input: InvitationInput): MailAttachment {
  const { bookingId, venue, noReplyAddress, ...event } = input;
  return calendarAttachment({
    ...event,
    uid: `${bookingId}@samen`,
    location: venue.location,
    organiser: { name: venue.school, email: noReplyAddress },
    cancelled: kind === "cancelled",
    productId: "samen/conversations",
    filename: "gesprek.ics",
  });
}
