/**
 * Calendar files (.ics) to attach to a mail, as iTIP (RFC 5546) messages: a REQUEST names the
 * school as ORGANIZER and the recipient as ATTENDEE, without asking for a reply (RSVP=FALSE), so
 * calendars such as Outlook accept it as an invitation. The event's UID stays the same for one
 * appointment and its sequence rises with every change, so a calendar replaces the earlier
 * invitation; a cancellation is a CANCEL with the same UID and a higher sequence, which removes it.
 */
import { createEvent } from "ics";
import type { MailAttachment } from "../db/schema/index.js";

export interface CalendarPerson {
  name: string;
  email: string;
}

export interface CalendarEvent {
  /** Unique per appointment across Samen, such as "<booking id>@samen". */
  uid: string;
  sequence: number;
  title: string;
  startsAt: Date;
  endsAt: Date;
  url: string;
  /** Where it takes place: the school's name and address. */
  location: string;
  /** The school, with the address its mails come from (nobody reads replies there). */
  organiser: CalendarPerson;
  attendee: CalendarPerson;
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
    location: event.location,
    organizer: person(event.organiser),
    // No reply expected: the appointment is made in Samen, not by answering the invitation.
    attendees: [{ ...person(event.attendee), rsvp: false, role: "REQ-PARTICIPANT", partstat: "ACCEPTED" }],
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

const person = ({ name, email }: CalendarPerson) => ({ name: name || email, email });

/** The bare address of a From header such as "Samen <noreply@samen.example>". */
export function mailAddressOf(from: string): string {
  return /<([^>]+)>/.exec(from)?.[1]?.trim() ?? from.trim();
}
