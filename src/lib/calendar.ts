/**
 * Calendar files (.ics) to attach to a mail, as iTIP (RFC 5546) messages: a REQUEST names the
 * school as ORGANIZER and the recipient as ATTENDEE, without asking for a reply (RSVP=FALSE), so
 * calendars such as Outlook accept it as an invitation. The event's UID stays the same for one
 * appointment and its sequence rises with every change, so a calendar replaces the earlier
 * invitation; a cancellation is a CANCEL with the same UID and a higher sequence, which removes it.
 */
import type * as Ics from "ics";
import type { MailAttachment } from "../db/schema/index.js";
import { packageAtFirstUse } from "./load-package.js";

/** Loaded with the first calendar file a mail or a feed needs. */
const ics = packageAtFirstUse<typeof Ics>("ics");

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
  const { error, value } = ics().createEvent({
    productId: event.productId,
    uid: event.uid,
    sequence: event.sequence,
    method,
    status: event.cancelled ? "CANCELLED" : "CONFIRMED",
    title: lineBreaksAsLf(event.title),
    url: event.url,
    location: lineBreaksAsLf(event.location),
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
  return {
    filename: event.filename,
    contentType: `text/calendar; charset=utf-8; method=${method}`,
    content: foldedByOctets(value),
  };
}

const person = ({ name, email }: CalendarPerson) => ({ name: name || email, email });

/** The bare address of a From header such as "Samen <noreply@samen.example>". */
export function mailAddressOf(from: string): string {
  return /<([^>]+)>/.exec(from)?.[1]?.trim() ?? from.trim();
}

/** One entry of a subscribed calendar: a day or range of days, or two instants. */
export interface FeedEntry {
  /** Unique across Samen and stable for the entry, such as "<item id>@samen-calendar". */
  uid: string;
  sequence: number;
  title: string;
  description?: string;
  location?: string;
  url?: string;
  when: { allDay: true; startsOn: string; endsOn: string } | { allDay: false; startsAt: Date; endsAt: Date };
}

const dateArray = (date: string): [number, number, number] => {
  const [y, m, d] = date.split("-").map(Number);
  return [y!, m!, d!];
};

/** The day after a school date (an all-day entry's DTEND is exclusive, RFC 5545 3.6.1). */
function nextDay(date: string): string {
  const [y, m, d] = dateArray(date);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/**
 * A whole calendar (RFC 5545) to subscribe to: timed entries in UTC (so a calendar in any zone
 * shows them right on either side of a clock change), all-day entries as dates. Text is escaped by
 * the `ics` package (commas, semicolons, backslashes, line breaks) and lines are folded.
 */
export function calendarFeed(entries: readonly FeedEntry[], options: { productId: string; name: string }): string {
  if (!entries.length) {
    // `ics` refuses an empty list; a calendar with no events is still a valid calendar.
    return [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "CALSCALE:GREGORIAN",
      `PRODID:${options.productId}`,
      "METHOD:PUBLISH",
      foldedLine(`X-WR-CALNAME:${escapeText(options.name)}`),
      "END:VCALENDAR",
      "",
    ].join("\r\n");
  }
  const { error, value } = ics().createEvents(
    entries.map((entry) => {
      const base = {
        uid: entry.uid,
        sequence: entry.sequence,
        title: lineBreaksAsLf(entry.title),
        ...(entry.description ? { description: lineBreaksAsLf(entry.description) } : {}),
        ...(entry.location ? { location: lineBreaksAsLf(entry.location) } : {}),
        ...(entry.url ? { url: entry.url } : {}),
      };
      return entry.when.allDay
        ? { ...base, start: dateArray(entry.when.startsOn), end: dateArray(nextDay(entry.when.endsOn)) }
        : {
            ...base,
            start: entry.when.startsAt.getTime(),
            startInputType: "utc" as const,
            startOutputType: "utc" as const,
            end: entry.when.endsAt.getTime(),
            endInputType: "utc" as const,
            endOutputType: "utc" as const,
          };
    }),
    { productId: options.productId, method: "PUBLISH", calName: options.name },
  );
  if (error || !value) throw error ?? new Error("no calendar feed");
  return foldedByOctets(value);
}

/**
 * Content lines folded at 75 octets (RFC 5545 3.1). The `ics` package folds at 75 characters, so a
 * line with accented names (a multi-byte character each) runs past 75 octets, which strict readers
 * refuse; its folds are undone and the lines folded again between whole characters.
 */
function foldedByOctets(text: string): string {
  return text
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n")
    .map(foldedLine)
    .join("\r\n");
}

const encoder = new TextEncoder();

/** One content line as 75 octets, then continuation lines of a space and at most 74 octets. */
function foldedLine(line: string): string {
  const parts: string[] = [];
  let part = "";
  let octets = 0;
  let limit = 75;
  for (const character of line) {
    const size = encoder.encode(character).length;
    if (octets + size > limit) {
      parts.push(part);
      [part, octets, limit] = ["", 0, 74];
    }
    part += character;
    octets += size;
  }
  parts.push(part);
  return parts.join("\r\n ");
}

/**
 * Every line break as LF: the ics package escapes "\n" and "\r\n" in text, but not a lone "\r",
 * which the input keeps and which would end the content line in a calendar that reads it.
 */
function lineBreaksAsLf(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

/** TEXT escaping of RFC 5545 3.3.11, for the one header line written here by hand. */
function escapeText(text: string): string {
  return lineBreaksAsLf(text)
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, "\\n");
}
