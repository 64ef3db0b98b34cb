import { describe, expect, it } from "vitest";
import { localToUtc } from "../../../lib/time/zone.js";
import { DEFAULT_QUIET_HOURS, deliveryMoment, isQuiet, type QuietHours } from "./quiet-hours.js";

const at = (date: string, time: string) => localToUtc(date, time);
const quiet = DEFAULT_QUIET_HOURS;

describe("quiet hours 18:00–07:30 and weekends", () => {
  it("delivers a message written on a weekday afternoon at once", () => {
    const written = at("2026-12-01", "14:05"); // Tuesday
    expect(isQuiet(written, quiet)).toBe(false);
    expect(deliveryMoment(written, quiet)).toEqual(written);
  });

  it("holds one written at 22:00 on a Tuesday until 07:30 on Wednesday", () => {
    expect(deliveryMoment(at("2026-12-01", "22:00"), quiet)).toEqual(at("2026-12-02", "07:30"));
  });

  it("holds one written at 06:00 until 07:30 the same day, and counts 18:00 as quiet and 07:30 as not", () => {
    expect(deliveryMoment(at("2026-12-02", "06:00"), quiet)).toEqual(at("2026-12-02", "07:30"));
    expect(isQuiet(at("2026-12-02", "18:00"), quiet)).toBe(true);
    expect(isQuiet(at("2026-12-02", "17:59"), quiet)).toBe(false);
    expect(isQuiet(at("2026-12-02", "07:30"), quiet)).toBe(false);
  });

  it("holds a Friday evening's and a weekend's messages until Monday 07:30", () => {
    const monday = at("2026-12-07", "07:30");
    expect(deliveryMoment(at("2026-12-04", "19:00"), quiet)).toEqual(monday); // Friday
    expect(deliveryMoment(at("2026-12-05", "11:00"), quiet)).toEqual(monday); // Saturday noon
    expect(deliveryMoment(at("2026-12-06", "23:59"), quiet)).toEqual(monday); // Sunday night
  });

  it("without quiet weekends delivers a Saturday noon message at once and Saturday night's on Sunday morning", () => {
    const weekdaysOnly: QuietHours = { ...quiet, weekends: false };
    expect(deliveryMoment(at("2026-12-05", "11:00"), weekdaysOnly)).toEqual(at("2026-12-05", "11:00"));
    expect(deliveryMoment(at("2026-12-05", "22:00"), weekdaysOnly)).toEqual(at("2026-12-06", "07:30"));
  });

  it("keeps 07:30 school time across daylight saving time, in spring and in autumn", () => {
    // Sunday 29 March 2026 the clocks go forward; Saturday night to Monday 07:30 CEST (05:30 UTC).
    expect(deliveryMoment(at("2026-03-28", "23:00"), quiet).toISOString()).toBe("2026-03-30T05:30:00.000Z");
    // Without weekends: Saturday 23:00 CET to Sunday 07:30 CEST, across the skipped hour.
    const weekdaysOnly: QuietHours = { ...quiet, weekends: false };
    expect(deliveryMoment(at("2026-03-28", "23:00"), weekdaysOnly).toISOString()).toBe("2026-03-29T05:30:00.000Z");
    // Sunday 25 October 2026 they go back: Saturday 23:00 CEST to Sunday 07:30 CET (06:30 UTC).
    expect(deliveryMoment(at("2026-10-24", "23:00"), weekdaysOnly).toISOString()).toBe("2026-10-25T06:30:00.000Z");
  });

  it("knows quiet hours within a day, and none when from equals until", () => {
    const lunch: QuietHours = { from: "12:00", until: "13:00", weekends: false };
    expect(deliveryMoment(at("2026-12-01", "12:15"), lunch)).toEqual(at("2026-12-01", "13:00"));
    expect(deliveryMoment(at("2026-12-01", "22:00"), lunch)).toEqual(at("2026-12-01", "22:00"));
    const never: QuietHours = { from: "00:00", until: "00:00", weekends: false };
    expect(isQuiet(at("2026-12-05", "03:00"), never)).toBe(false);
  });
});
