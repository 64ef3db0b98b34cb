import { describe, expect, it } from "vitest";
import { family, no, slots, yes } from "./allocation-fixtures.js";
import { brokenRules } from "./allocation-oracle.js";
import { allocateFairly } from "./fair-allocation.js";
import type { AllocationInput } from "./fair-allocation.js";

const settings = { seed: "round-1", bufferMinutes: 5, toleranceMinutes: 5 };

function allocate(input: Omit<AllocationInput, "settings"> & { settings?: Partial<AllocationInput["settings"]> }) {
  const full = { ...input, settings: { ...settings, ...input.settings } };
  const result = allocateFairly(full);
  expect(brokenRules(full, result)).toEqual([]);
  return result;
}

const slotOf = (result: ReturnType<typeof allocateFairly>, childId: string) =>
  result.placements.find((p) => p.childId === childId)?.slotId;

describe("allocateFairly", () => {
  it("places every family when a placement exists, whatever the sign-up order", () => {
    // First come, first served would give "early" the 19:00 slot and leave "late" without a place.
    const result = allocate({
      slots: slots("anna", 0, 2),
      families: [family("early", ["anna"]), family("late", ["anna"], [no(10, 20)])],
    });
    expect(result.unplaced).toEqual([]);
    expect(slotOf(result, "late-1")).toBe("anna@0");
    expect(slotOf(result, "early-1")).toBe("anna@10");
  });

  it("gives preferred times where it can, and reports the share", () => {
    const result = allocate({
      slots: slots("anna", 0, 3),
      families: [family("f1", ["anna"], [yes(0, 20)]), family("f2", ["anna"], [yes(0, 10)]), family("f3", ["anna"])],
    });
    expect([slotOf(result, "f1-1"), slotOf(result, "f2-1"), slotOf(result, "f3-1")]).toEqual([
      "anna@10",
      "anna@0",
      "anna@20",
    ]);
    expect(result.stats).toMatchObject({ familiesPlaced: 3, preferredPlacements: 2, optimal: true });
    expect(result.stats.preferredShare).toBeCloseTo(2 / 3);
  });

  it("treats open times as unavailable once a family said yes to a time, unless the round says otherwise", () => {
    const input = {
      slots: slots("anna", 0, 2),
      families: [family("f1", ["anna"], [yes(0, 10)]), family("f2", ["anna"], [yes(0, 10)])],
    };
    const strict = allocate(input);
    expect(strict.stats.familiesPlaced).toBe(1);
    expect(strict.unplaced).toEqual([{ familyId: expect.any(String), reason: "conflicts" }]);
    const lenient = allocate({ ...input, settings: { unmarked: "possible" } });
    expect(lenient.stats).toMatchObject({ familiesPlaced: 2, preferredPlacements: 1 });
  });

  it("keeps siblings back to back, and apart only when nothing else fits", () => {
    const together = allocate({
      slots: [...slots("anna", 0, 4), ...slots("bram", 0, 4)],
      families: [family("sibs", ["anna", "bram"]), family("solo", ["bram"], [yes(10, 20)])],
    });
    const [first, second] = ["sibs-1", "sibs-2"].map((c) => Number(slotOf(together, c)?.split("@")[1]));
    expect(Math.abs((second ?? 0) - (first ?? 0))).toBe(20);
    expect(together.stats).toMatchObject({ familiesPlaced: 2, siblingFamiliesBackToBack: 1, preferredPlacements: 1 });

    const apart = allocate({
      slots: [...slots("anna", 0, 1), ...slots("bram", 60, 1)],
      families: [family("sibs", ["anna", "bram"])],
    });
    expect(apart.stats).toMatchObject({ familiesPlaced: 1, siblingFamiliesBackToBack: 0 });
  });

  it("says why a family was not placed", () => {
    const result = allocate({
      slots: slots("anna", 0, 1),
      families: [
        family("f1", ["anna"]),
        family("f2", ["anna"], [no(0, 60)]),
        family("f3", ["carla"]),
        family("f4", ["anna", "anna"]),
      ],
    });
    expect(result.unplaced).toEqual([
      { familyId: "f2", reason: "noSuitableTime" },
      { familyId: "f3", reason: "noSuitableTime" },
      { familyId: "f4", reason: "noSuitableTime" },
    ]);
  });

  it("uses the times of both teachers of a duo group, and says there were too few times", () => {
    // Anna and Bram share one group: a child of it can talk with either of them.
    const duo = ["anna", "bram"];
    const families = Array.from({ length: 12 }, (_, i) => family(`f${String(i).padStart(2, "0")}`, [duo]));
    families[0]?.marks.push(yes(0, 10));
    const result = allocate({ slots: [...slots("anna", 0, 4), ...slots("bram", 0, 4)], families });
    expect(result.stats.childrenPlaced).toBe(8);
    expect(new Set(result.placements.map((p) => p.slotId)).size).toBe(8);
    expect(slotOf(result, "f00-1")).toMatch(/@0$/);
    expect(result.unplaced).toHaveLength(4);
    expect(result.unplaced.every((u) => u.reason === "tooFewTimes")).toBe(true);
  });

  it("keeps siblings back to back when one of them is in a duo group", () => {
    const result = allocate({
      slots: [...slots("anna", 0, 2), ...slots("bram", 20, 2), ...slots("carla", 0, 4)],
      families: [family("sibs", [["anna", "bram"], "carla"]), family("solo", [["anna", "bram"]])],
    });
    expect(result.stats).toMatchObject({ familiesPlaced: 2, siblingFamiliesBackToBack: 1 });
  });

  it("is deterministic for a seed, ignores input order, and lets the seed decide exact ties", () => {
    const input = { slots: slots("anna", 0, 1), families: [family("a", ["anna"]), family("b", ["anna"])] };
    const once = allocate(input);
    expect(allocate(input)).toEqual(once);
    expect(allocate({ ...input, families: [...input.families].reverse() })).toEqual(once);
    const winners = new Set(
      Array.from({ length: 30 }, (_, seed) => allocate({ ...input, settings: { seed } }).placements[0]?.familyId),
    );
    expect(winners).toEqual(new Set(["a", "b"]));
  });
});
