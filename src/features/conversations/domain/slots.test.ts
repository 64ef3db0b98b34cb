import { describe, expect, it } from "vitest";
import { utcToLocal } from "../../../lib/time/zone.js";
import { generateSlots, slotSettingsSchema } from "./slots.js";
import type { SlotSettingsInput } from "./slots.js";

function slotsOf(input: SlotSettingsInput) {
  return generateSlots(slotSettingsSchema.parse(input)).map((slot) => ({
    teacherId: slot.teacherId,
    from: utcToLocal(slot.start).time,
    to: utcToLocal(slot.end).time,
  }));
}

function issuesOf(input: unknown) {
  const result = slotSettingsSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
}

const evening = (teacherId: string, from = "19:00", to = "20:00") => ({ teacherId, date: "2025-11-11", from, to });

describe("generateSlots", () => {
  it("fills a window with slots of the set length and never crosses its end", () => {
    const slots = slotsOf({ slotMinutes: 25, availability: [evening("t1", "19:00", "20:00")] });
    expect(slots).toEqual([
      { teacherId: "t1", from: "19:00", to: "19:25" },
      { teacherId: "t1", from: "19:25", to: "19:50" },
    ]);
  });

  it("pauses after every N slots, and starts counting again in each window", () => {
    const slots = slotsOf({
      slotMinutes: 10,
      breakEvery: { slots: 2, minutes: 5 },
      availability: [evening("t1", "19:00", "19:50"), { ...evening("t1", "20:00", "20:20") }],
    });
    expect(slots.map((s) => s.from)).toEqual(["19:00", "19:10", "19:25", "19:35", "20:00", "20:10"]);
  });

  it("skips fixed breaks, for everyone or for one teacher, and restarts the count after them", () => {
    const slots = slotsOf({
      slotMinutes: 15,
      breakEvery: { slots: 3, minutes: 10 },
      breaks: [
        { date: "2025-11-11", from: "19:20", to: "19:40" },
        { date: "2025-11-11", from: "19:00", to: "19:15", teacherId: "t2" },
      ],
      availability: [evening("t1", "19:00", "20:30"), evening("t2", "19:00", "20:00")],
    });
    expect(slots.filter((s) => s.teacherId === "t1").map((s) => s.from)).toEqual(["19:00", "19:40", "19:55", "20:10"]);
    expect(slots.filter((s) => s.teacherId === "t2").map((s) => s.from)).toEqual(["19:40"]);
  });

  it("sorts the slots of several teachers by start time", () => {
    const slots = slotsOf({ slotMinutes: 30, availability: [evening("b"), evening("a", "19:15", "20:15")] });
    expect(slots.map((s) => `${s.teacherId} ${s.from}`)).toEqual(["b 19:00", "a 19:15", "b 19:30", "a 19:45"]);
  });

  it("stores UTC instants that follow the October clock change", () => {
    const before = generateSlots(
      slotSettingsSchema.parse({ slotMinutes: 30, availability: [{ ...evening("t1"), date: "2025-10-25" }] }),
    );
    const after = generateSlots(
      slotSettingsSchema.parse({ slotMinutes: 30, availability: [{ ...evening("t1"), date: "2025-10-26" }] }),
    );
    expect(before.map((s) => s.start.toISOString())).toEqual(["2025-10-25T17:00:00.000Z", "2025-10-25T17:30:00.000Z"]);
    expect(after.map((s) => s.start.toISOString())).toEqual(["2025-10-26T18:00:00.000Z", "2025-10-26T18:30:00.000Z"]);
  });

  it("counts real minutes in a window across the clock change: 01:00 to 04:00 holds four hours", () => {
    const slots = slotsOf({
      slotMinutes: 60,
      availability: [{ ...evening("t1", "01:00", "04:00"), date: "2025-10-26" }],
    });
    expect(slots.map((s) => `${s.from}-${s.to}`)).toEqual(["01:00-02:00", "02:00-02:00", "02:00-03:00", "03:00-04:00"]);
  });
});

describe("slotSettingsSchema", () => {
  it("accepts form values as text", () => {
    const parsed = slotSettingsSchema.parse({ slotMinutes: "15", availability: [evening("t1")] });
    expect(parsed).toMatchObject({ slotMinutes: 15, breakEvery: null, breaks: [] });
  });

  it("explains what is wrong with message keys", () => {
    expect(issuesOf({ slotMinutes: 15, availability: [evening("t1", "20:00", "19:00")] })).toEqual([
      { path: "availability.0.to", message: "conversations.error.windowEndBeforeStart" },
    ]);
    expect(issuesOf({ slotMinutes: 15, availability: [] })).toEqual([
      { path: "availability", message: "conversations.error.noAvailability" },
    ]);
    expect(issuesOf({ slotMinutes: 2, availability: [evening("t1")] })).toEqual([
      { path: "slotMinutes", message: "conversations.error.slotMinutes" },
    ]);
    expect(issuesOf({ slotMinutes: 15, availability: [{ ...evening("t1"), date: "2025-02-30" }] })).toEqual([
      { path: "availability.0.date", message: "conversations.error.date" },
    ]);
    expect(issuesOf({ slotMinutes: 15, availability: [evening("t1", "7 uur", "20:00")] })).toEqual([
      { path: "availability.0.from", message: "conversations.error.time" },
    ]);
    expect(
      issuesOf({
        slotMinutes: 15,
        breaks: [{ date: "2025-11-11", from: "19:30", to: "19:30" }],
        availability: [evening("t1")],
      }),
    ).toEqual([{ path: "breaks.0.to", message: "conversations.error.breakEndBeforeStart" }]);
  });

  it("refuses a window shorter than one slot and overlapping windows of one teacher", () => {
    expect(issuesOf({ slotMinutes: 30, availability: [evening("t1", "19:00", "19:20")] })).toEqual([
      { path: "availability.0.to", message: "conversations.error.windowTooShort" },
    ]);
    expect(
      issuesOf({ slotMinutes: 15, availability: [evening("t1", "19:00", "20:00"), evening("t1", "19:30", "21:00")] }),
    ).toEqual([{ path: "availability.1.from", message: "conversations.error.windowsOverlap" }]);
    expect(issuesOf({ slotMinutes: 15, availability: [evening("t1"), evening("t2")] })).toEqual([]);
  });
});
