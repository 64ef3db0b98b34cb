import { describe, expect, it } from "vitest";
import { randomInstance, schoolInstance } from "./allocation-fixtures.js";
import { bruteForceBest, brokenRules, objectiveOf } from "./allocation-oracle.js";
import { allocateFairly } from "./fair-allocation.js";

describe("allocateFairly against brute force", () => {
  it("places every family whenever possible and reaches the best outcome on 200 random small rounds", () => {
    let everyonePlaceable = 0;
    for (let seed = 0; seed < 200; seed++) {
      const input = randomInstance(seed);
      const result = allocateFairly(input);
      const best = bruteForceBest(input);
      expect(brokenRules(input, result), `instance ${seed}`).toEqual([]);
      expect(objectiveOf(result), `instance ${seed}`).toEqual(best);
      expect(result.stats.optimal).toBe(true);
      if (best.familiesPlaced === input.families.length) {
        everyonePlaceable += 1;
        expect(result.unplaced, `instance ${seed}`).toEqual([]);
      }
    }
    // The random rounds include both kinds: some where everyone fits, some where not.
    expect(everyonePlaceable).toBeGreaterThan(50);
    expect(everyonePlaceable).toBeLessThan(200);
  });

  it("still keeps every rule when the search budget runs out", () => {
    for (let seed = 0; seed < 50; seed++) {
      const input = randomInstance(seed);
      const result = allocateFairly({ ...input, settings: { ...input.settings, searchBudget: 1 } });
      expect(brokenRules(input, result), `instance ${seed}`).toEqual([]);
    }
  });
});

describe("allocateFairly at school size", () => {
  it("places 400 families in 600 slots and keeps every rule", () => {
    const input = schoolInstance("school");
    const result = allocateFairly(input);
    expect(brokenRules(input, result)).toEqual([]);
    expect(result.stats).toMatchObject({
      families: 400,
      children: input.families.reduce((n, f) => n + f.children.length, 0),
    });
    // One teacher in this round has more pupils than slots, so a few families must stay unplaced.
    expect(result.stats.familiesPlaced).toBeGreaterThan(380);
    expect(result.stats.siblingFamiliesBackToBack).toBeGreaterThan(0.9 * result.stats.siblingFamilies);
    expect(result.unplaced.every((u) => u.reason !== "noSuitableTime")).toBe(true);
  });
});
