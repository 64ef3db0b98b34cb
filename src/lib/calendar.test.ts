import { describe, expect, it } from "vitest";
import { readCalendar } from "../../tests/helpers/ical.js";
import { calendarAttachment, calendarFeed, mailAddressOf, type CalendarEvent } from "./calendar.js";

const event: CalendarEvent = {
  uid: "b1@samen",
  sequence: 0,
  title: "Gesprek over Maud van Dijk, met Juf Fatima",
  startsAt: new Date("2026-12-16T14:00:00Z"),
  endsAt: new Date("2026-12-16T14:10:00Z"),
  url: "https://samen.example/conversations/rounds/r1/book",
  location: "Basisschool De Regenboog, Schoolstraat 1, Utrecht",
  organiser: { name: "Basisschool De Regenboog", email: "noreply@samen.example" },
  attendee: { name: "Hasan van Dijk", email: "hasan@example.nl" },
  cancelled: false,
  productId: "samen/test",
  filename: "gesprek.ics",
};

describe("calendar invitations", () => {
  it("is an iTIP request from the school to the recipient that asks no reply, at the school", () => {
    const file = calendarAttachment(event);
    expect(file.contentType).toBe("text/calendar; charset=utf-8; method=REQUEST");
    const read = readCalendar(file.content as string);
    expect(read).toMatchObject({
      method: "REQUEST",
      uid: "b1@samen",
      sequence: 0,
      status: "CONFIRMED",
      zone: "UTC",
      location: "Basisschool De Regenboog, Schoolstraat 1, Utrecht",
      organiser: { name: "Basisschool De Regenboog", address: "noreply@samen.example" },
      attendees: [{ name: "Hasan van Dijk", address: "hasan@example.nl", rsvp: "FALSE" }],
    });
    expect(read.startsAt.toISOString()).toBe("2026-12-16T14:00:00.000Z");
    expect(read.endsAt.toISOString()).toBe("2026-12-16T14:10:00.000Z");
  });

  it("keeps a lone carriage return in a title or place inside its line", () => {
    const file = calendarAttachment({ ...event, title: "Ouderavond\rMETHOD:CANCEL", location: "Aula\r\nLokaal 2" });
    const text = file.content as string;
    expect(text.split("\r\n").filter((line) => line.startsWith("METHOD:"))).toEqual(["METHOD:REQUEST"]);
    expect(text).not.toMatch(/\r(?!\n)/);
    expect(readCalendar(text)).toMatchObject({ method: "REQUEST", location: "Aula\nLokaal 2" });
  });

  it("cancels with the same UID, a higher sequence and the same organiser and attendee", () => {
    const file = calendarAttachment({ ...event, sequence: 1, cancelled: true });
    expect(file.contentType).toContain("method=CANCEL");
    expect(readCalendar(file.content as string)).toMatchObject({
      method: "CANCEL",
      uid: "b1@samen",
      sequence: 1,
      status: "CANCELLED",
      organiser: { address: "noreply@samen.example" },
      attendees: [{ address: "hasan@example.nl" }],
    });
  });

  it("folds lines at 75 octets without splitting a character, so accented names stay whole", () => {
    const title = "Gesprek over Noëlle Çelik-Müller en Zoë Hoëvenaars, met juf Anaïs Brontë-Éénhoorn";
    const files = [
      calendarAttachment({ ...event, title, location: "Basisschool ’t Kasteeltje 🏰, Ærøstraat 12, Utrecht" }),
      {
        content: calendarFeed(
          [
            {
              uid: "e1@samen",
              sequence: 0,
              title,
              when: { allDay: true, startsOn: "2026-12-16", endsOn: "2026-12-16" },
            },
          ],
          {
            productId: "samen/test",
            name: "Agenda van Noëlle Çelik-Müller en haar zusjes Zoë en Anaïs Brontë-Éénhoorn",
          },
        ),
      },
    ];
    for (const file of files) {
      const text = file.content as string;
      for (const line of text.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
      expect(text).not.toContain("\uFFFD");
      expect(Buffer.from(text, "utf8").toString("utf8")).toBe(text);
    }
    expect(readCalendar(files[0]!.content as string)).toMatchObject({
      location: "Basisschool ’t Kasteeltje 🏰, Ærøstraat 12, Utrecht",
    });
    expect(readCalendar(files[0]!.content as string).title).toBe(title);
  });

  it("takes the organiser's address from the From header", () => {
    expect(mailAddressOf("Samen <noreply@samen.example>")).toBe("noreply@samen.example");
    expect(mailAddressOf("noreply@school.example")).toBe("noreply@school.example");
  });
});
