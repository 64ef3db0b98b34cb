import { describe, expect, it } from "vitest";
import { instrumentV1 as instrument } from "../instrument/v1.js";
import { many } from "./fixtures.js";
import { suggestPriorities } from "./priorities.js";
import { measurementResults } from "./results.js";

describe("suggested priorities", () => {
  const results = measurementResults({
    instrument,
    responses: [
      ...many(5, "team", { "team.vision.1": [4, 5], "team.information.1": [3, 5] }),
      ...many(5, "parents", {
        "parents.vision.1": [2, 5],
        "parents.behaviour.1": [3, 4],
        "parents.information.1": [4, 4],
        "parents.learning.1": [2, 3],
      }),
      // Two parents more, with a huge gap on one item: too few values to rank it.
      ...many(2, "parents", { "parents.conversations.1": [1, 5] }),
      // Pupils are below the threshold: their gap of 4 must not count.
      ...many(4, "pupils", { "pupils.vision.1": [1, 5] }),
    ],
  });

  it("rank domains by the gap between desired and current, largest first", () => {
    const { domains } = suggestPriorities(results);
    expect(domains.map((d) => [d.group, d.domain, d.gap])).toEqual([
      ["parents", "vision", 3],
      ["team", "information", 2],
      ["team", "vision", 1],
      ["parents", "behaviour", 1],
      ["parents", "learning", 1],
    ]);
    expect(domains[0]).toMatchObject({ current: 2, desired: 5 });
  });

  it("rank items the same way, leaving out items answered by fewer than the threshold", () => {
    const { items } = suggestPriorities(results, { limit: 2 });
    expect(items.map((i) => i.itemId)).toEqual(["parents.vision.1", "team.information.1"]);
    const all = suggestPriorities(results, { limit: 20 }).items.map((i) => i.itemId);
    expect(all).not.toContain("parents.conversations.1");
    expect(all).not.toContain("parents.information.1");
    expect(all.some((id) => id.startsWith("pupils."))).toBe(false);
  });

  it("rank the differences between team and parents by size", () => {
    const { differences } = suggestPriorities(results);
    expect(differences.map((d) => [d.domain, d.current, d.large])).toEqual([
      ["vision", -2, true],
      ["information", 1, true],
    ]);
  });
});
