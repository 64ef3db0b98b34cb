import { describe, expect, it } from "vitest";
import { formatDay, formatSlot, formatTime } from "./format.js";

const winter = new Date("2026-12-16T15:00:00Z");
const summer = new Date("2026-06-16T15:00:00Z");

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
