import { describe, expect, it } from "vitest";
import { localToUtc, utcToLocal } from "./zone.js";

describe("localToUtc (Europe/Amsterdam)", () => {
  it("uses summer time (+2) before and winter time (+1) after the last Sunday of October", () => {
    expect(localToUtc("2025-10-25", "19:00").toISOString()).toBe("2025-10-25T17:00:00.000Z");
    expect(localToUtc("2025-10-26", "19:00").toISOString()).toBe("2025-10-26T18:00:00.000Z");
    expect(localToUtc("2025-10-26", "01:30").toISOString()).toBe("2025-10-25T23:30:00.000Z");
    expect(localToUtc("2025-10-26", "03:30").toISOString()).toBe("2025-10-26T02:30:00.000Z");
  });

  it("takes the first of the two 02:30s in October and moves the missing 02:30 in March forward", () => {
    expect(localToUtc("2025-10-26", "02:30").toISOString()).toBe("2025-10-26T00:30:00.000Z");
    expect(localToUtc("2025-03-30", "02:30").toISOString()).toBe("2025-03-30T01:30:00.000Z");
    expect(utcToLocal(localToUtc("2025-03-30", "02:30"))).toEqual({ date: "2025-03-30", time: "03:30" });
  });

  it("round-trips every quarter of an hour over both clock changes", () => {
    for (const date of ["2025-03-29", "2025-03-31", "2025-10-25", "2025-10-27", "2026-01-15", "2026-07-01"]) {
      for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
        const time = `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
        expect(utcToLocal(localToUtc(date, time))).toEqual({ date, time });
      }
    }
  });

  it("reads the clock as Intl does every few minutes around both clock changes, also after the day was seen", () => {
    const intl = new Intl.DateTimeFormat("sv-SE", {
      timeZone: "Europe/Amsterdam",
      dateStyle: "short",
      timeStyle: "short",
      hourCycle: "h23",
    });
    for (const start of ["2025-03-29T12:00:00Z", "2025-10-25T12:00:00Z", "2026-01-15T00:00:00Z"]) {
      for (let pass = 0; pass < 2; pass++) {
        for (let at = Date.parse(start); at < Date.parse(start) + 2 * 24 * 3600_000; at += 7 * 60_000 + 1) {
          const { date, time } = utcToLocal(new Date(at));
          expect(`${date} ${time}`).toBe(intl.format(new Date(at)));
        }
      }
    }
  });

  it("refuses text that is not a date", () => {
    expect(() => localToUtc("tomorrow", "19:00")).toThrow(RangeError);
  });
});
