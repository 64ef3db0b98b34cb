/**
 * Reads a calendar file as a calendar program would, with ical.js (Thunderbird's parser), so a
 * test asserts what the program sees rather than the text Samen wrote.
 */
import ICAL from "ical.js";
import { expect } from "vitest";

export interface ReadEvent {
  method: string;
  uid: string;
  sequence: number;
  status: string;
  title: string;
  startsAt: Date;
  /** "UTC" or "Europe/Amsterdam": a start in floating local time would be read in the reader's zone. */
  zone: string;
  endsAt: Date;
  location: string;
  /** Addresses without their "mailto:" (any case, as RFC 5545 allows). */
  organiser: { name: string; address: string };
  attendees: { name: string; address: string; rsvp: string }[];
}

const bare = (address: unknown) => String(address ?? "").replace(/^mailto:/i, "");

type Time = { toJSDate(): Date; zone?: { tzid: string }; timezone?: string };

export function readCalendar(content: string | undefined): ReadEvent {
  expect(content, "a calendar file").toBeTruthy();
  const calendar = new ICAL.Component(ICAL.parse(content!));
  const event = calendar.getFirstSubcomponent("vevent");
  expect(event, "one VEVENT").toBeTruthy();
  const value = (name: string) => String(event!.getFirstPropertyValue(name) ?? "");
  const time = (name: string) => event!.getFirstPropertyValue(name) as unknown as Time;
  const organiser = event!.getFirstProperty("organizer");
  return {
    method: String(calendar.getFirstPropertyValue("method") ?? ""),
    uid: value("uid"),
    sequence: Number(event!.getFirstPropertyValue("sequence") ?? 0),
    status: value("status"),
    title: value("summary"),
    startsAt: time("dtstart").toJSDate(),
    zone: time("dtstart").zone?.tzid ?? "floating",
    endsAt: time("dtend").toJSDate(),
    location: value("location"),
    organiser: { name: String(organiser?.getParameter("cn") ?? ""), address: bare(organiser?.getFirstValue()) },
    attendees: event!.getAllProperties("attendee").map((a) => ({
      name: String(a.getParameter("cn") ?? ""),
      address: bare(a.getFirstValue()),
      rsvp: String(a.getParameter("rsvp") ?? ""),
    })),
  };
}
