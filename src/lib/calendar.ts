/**
 * Calendar files (.ics) to attach to a mail. The event's UID stays the same for one appointment
 * and its sequence rises with every change, so a calendar replaces the earlier invitation; a
 * cancellation is sent as METHOD:CANCEL.
 */
import { createEvent } from "ics";
import type { MailAttachment } from "../db/schema/index.js";

export interface CalendarEvent {
  /** Unique per appointment across Samen, such as "<booking id>@samen". */
  uid: string;
  sequence: number;
  title: string;
  startsAt: Date;
  endsAt: Date;
  url: string;
  cancelled: boolean;
  /** Which part of Samen made it, such as "samen/conversations". */
  productId: string;
  filename: string;
}

/** The event as an attachment calendars accept as an invitation (or its cancellation). */
export function calendarAttachment(event: CalendarEvent): MailAttachment {
  const method = event.cancelled ? "CANCEL" : "REQUEST";
  const { error, value } = createEvent({
    productId: event.productId,
    uid: event.uid,
    sequence: event.sequence,
    method,
    status: event.cancelled ? "CANCELLED" : "CONFIRMED",
    title: event.title,
    url: event.url,
    start: event.startsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    end: event.endsAt.getTime(),
    endInputType: "utc",
    endOutputType: "utc",
  });
  if (error || !value) throw error ?? new Error("no calendar invitation");
  return { filename: event.filename, contentType: `text/calendar; charset=utf-8; method=${method}`, content: value };
}
