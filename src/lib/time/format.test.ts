import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { formatDay, formatSchoolDay, formatSlot, formatTime } from "./format.js";

const winter = new Date("2026-12-16T15:00:00Z");
const summer = new Date("2026-06-16T15:00:00Z");

// Whether a day names its year depends on today: these tests read the days as on 6 December 2026.
beforeAll(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2026-12-06T12:00:00Z"));
});
afterAll(() => vi.useRealTimers());

describe("times and days as people read them", () => {
  it("prints school time, in winter and in summer time", () => {
    expect(formatTime("nl", winter)).toBe("16:00");
    expect(formatTime("nl", summer)).toBe("17:00");
  });

  it("keeps each language's text apart when the same instant is asked again", () => {
    for (let i = 0; i < 2; i++) {
      expect(formatDay("nl", winter)).toBe("woensdag 16 december");
      expect(formatDay("en", winter)).toBe("Wednesday 16 December");
      expect(formatTime("en", winter)).toBe("16:00");
    }
  });

  it("still answers right after more instants than it keeps", () => {
    for (let minute = 0; minute < 6_000; minute++) formatTime("nl", new Date(winter.getTime() + minute * 60_000));
    expect(formatSlot("nl", winter, new Date("2026-12-16T15:10:00Z"))).toBe("woensdag 16 december 16:00–16:10");
    expect(formatTime("nl", new Date(winter.getTime() + 5_999 * 60_000))).toBe("19:59");
  });
});

describe("a day far from today", () => {
  it("names its year when it is more than half a year away, in either direction", () => {
    expect(formatDay("nl", new Date("2999-01-01T06:30:00Z"))).toBe("dinsdag 1 januari 2999");
    expect(formatDay("en", new Date("2999-01-01T06:30:00Z"))).toBe("Tuesday, 1 January 2999");
    expect(formatDay("nl", new Date("1900-01-01T18:00:00Z"))).toBe("maandag 1 januari 1900");
    expect(formatDay("nl", new Date("2027-07-01T10:00:00Z"))).toBe("donderdag 1 juli 2027");
    expect(formatDay("nl", new Date("2026-05-01T10:00:00Z"))).toBe("vrijdag 1 mei 2026");
  });

  it("leaves the year out within half a year, across a new year too", () => {
    expect(formatDay("nl", new Date("2027-03-02T10:00:00Z"))).toBe("dinsdag 2 maart");
    expect(formatDay("nl", new Date("2026-09-01T10:00:00Z"))).toBe("dinsdag 1 september");
  });

  it("does so for school dates, slots and moments, which read their day the same way", () => {
    expect(formatSchoolDay("nl", "1900-01-01")).toBe("maandag 1 januari 1900");
    expect(formatSlot("nl", new Date("1900-01-01T18:00:00Z"), new Date("1900-01-01T19:00:00Z"))).toMatch(
      /^maandag 1 januari 1900 \d\d:\d\d–\d\d:\d\d$/,
    );
  });
});
