/**
 * The calendar invitation (.ics) sent with every confirmation. The booking's id is the
 * event's UID and its sequence rises with every change, so a calendar replaces the earlier
 * invitation; a cancellation is sent as METHOD:CANCEL.
 */
import { createEvent } from "ics";
import type { MailAttachment } from "../../../db/schema/index.js";

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
  const cancelled = kind === "cancelled";
  const method = cancelled ? "CANCEL" : "REQUEST";
  const { error, value } = createEvent({
    productId: "samen/conversations",
    uid: `${input.bookingId}@samen`,
    sequence: input.sequence,
    method,
    status: cancelled ? "CANCELLED" : "CONFIRMED",
    title: input.title,
    url: input.url,
    start: input.startsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    end: input.endsAt.getTime(),
    endInputType: "utc",
    endOutputType: "utc",
  });
  if (error || !value) throw error ?? new Error("no calendar invitation");
  return { filename: "gesprek.ics", contentType: `text/calendar; charset=utf-8; method=${method}`, content: value };
}
