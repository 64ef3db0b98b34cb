import { describe, expect, it } from "vitest";
import { findSiblingCombinations, siblingSettingsSchema } from "./siblings.js";
import type { Combination, FreeSlot } from "./siblings.js";

const at = (time: string) => new Date(`2025-11-11T${time}:00Z`);

/** Slots of `minutes` from `from` for as many as `count`, named "teacher@hh:mm". */
function row(teacherId: string, from: string, count: number, minutes = 10): FreeSlot[] {
  return Array.from({ length: count }, (_, i) => {
    const start = new Date(at(from).getTime() + i * minutes * 60_000);
    return {
      id: `${teacherId}@${start.toISOString().slice(11, 16)}`,
      teacherId,
      start,
      end: new Date(start.getTime() + minutes * 60_000),
    };
  });
}

const settings = { bufferMinutes: 5, toleranceMinutes: 10 };
const summary = (combinations: Combination[]) =>
  combinations.map((c) => c.placements.map((p) => `${p.childId}:${p.slot.id}`).join(" "));

describe("findSiblingCombinations", () => {
  it("puts two children with different teachers back to back with the walking buffer", () => {
    const freeSlots = [...row("anna", "18:00", 4), ...row("bram", "18:00", 1), ...row("bram", "18:35", 3)];
    const combinations = findSiblingCombinations({
      children: [
        { childId: "lotte", teacherId: "anna" },
        { childId: "sem", teacherId: "bram" },
      ],
      freeSlots,
      settings,
      limit: 3,
    });
    expect(summary(combinations)).toEqual([
      "lotte:anna@18:20 sem:bram@18:35",
      "lotte:anna@18:30 sem:bram@18:45",
      "sem:bram@18:00 lotte:anna@18:20",
    ]);
    expect(combinations.map((c) => c.spanMinutes)).toEqual([25, 25, 30]);
    // Every gap between different teachers is at least the buffer and at most buffer + tolerance.
    for (const c of combinations) {
      const [first, second] = c.placements;
      const gap = (second!.slot.start.getTime() - first!.slot.end.getTime()) / 60_000;
      expect(gap).toBeGreaterThanOrEqual(5);
      expect(gap).toBeLessThanOrEqual(15);
    }
  });

  it("books two children with the same teacher in consecutive slots, listed once", () => {
    const combinations = findSiblingCombinations({
      children: [
        { childId: "lotte", teacherId: "anna" },
        { childId: "sem", teacherId: "anna" },
      ],
      freeSlots: [...row("anna", "18:00", 2), ...row("anna", "19:00", 1)],
      settings: { bufferMinutes: 5, toleranceMinutes: 0 },
      limit: 10,
    });
    expect(summary(combinations)).toEqual(["lotte:anna@18:00 sem:anna@18:10"]);
    expect(combinations[0]?.spanMinutes).toBe(20);
  });

  it("finds nothing when the teachers' free times never line up", () => {
    const combinations = findSiblingCombinations({
      children: [
        { childId: "lotte", teacherId: "anna" },
        { childId: "sem", teacherId: "bram" },
      ],
      freeSlots: [...row("anna", "18:00", 2), ...row("bram", "20:00", 2)],
      settings,
      limit: 5,
    });
    expect(combinations).toEqual([]);
    expect(
      findSiblingCombinations({
        children: [{ childId: "sem", teacherId: "bram" }],
        freeSlots: row("anna", "18:00", 2),
        settings,
        limit: 5,
      }),
    ).toEqual([]);
  });

  it("combines three children and keeps only the best few out of hundreds of slots", () => {
    const freeSlots = ["anna", "bram", "cees"].flatMap((t) => row(t, "06:00", 100, 10));
    const combinations = findSiblingCombinations({
      children: [
        { childId: "a", teacherId: "anna" },
        { childId: "b", teacherId: "bram" },
        { childId: "c", teacherId: "cees" },
      ],
      freeSlots,
      settings,
      limit: 4,
    });
    expect(combinations).toHaveLength(4);
    // The shortest evening: three conversations of 10 minutes; the walks of 5 minutes round up to a slot.
    expect(combinations.every((c) => c.spanMinutes === 50)).toBe(true);
    expect(combinations[0]?.start).toEqual(at("06:00"));
  });

  it("validates the buffer and tolerance with message keys", () => {
    expect(siblingSettingsSchema.parse({ bufferMinutes: "5", toleranceMinutes: "0" })).toEqual({
      bufferMinutes: 5,
      toleranceMinutes: 0,
    });
    const result = siblingSettingsSchema.safeParse({ bufferMinutes: -1, toleranceMinutes: 500 });
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      "conversations.error.buffer",
      "conversations.error.tolerance",
    ]);
  });
});
