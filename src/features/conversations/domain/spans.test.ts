import { describe, expect, it } from "vitest";
import { joinTouching } from "./spans.js";

const at = (time: string) => new Date(`2026-12-21T${time}:00Z`);
const span = (from: string, to: string) => ({ startsAt: at(from), endsAt: at(to) });

describe("joinTouching", () => {
  it("joins times back to back and overlapping ones, keeps a break apart, in order of start", () => {
    expect(
      joinTouching([
        span("16:40", "16:55"),
        span("15:15", "15:30"),
        span("15:00", "15:15"),
        span("15:00", "15:15"),
        span("15:20", "15:45"),
      ]),
    ).toEqual([span("15:00", "15:45"), span("16:40", "16:55")]);
  });

  it("leaves the times it was given as they were", () => {
    const times = [span("15:00", "15:15"), span("15:15", "15:30")];
    joinTouching(times);
    expect(times).toEqual([span("15:00", "15:15"), span("15:15", "15:30")]);
  });
});
