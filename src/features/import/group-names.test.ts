import { describe, expect, it } from "vitest";
import { groupKey } from "./group-names.js";

describe("group names", () => {
  it("takes the common spellings of one group as the same group", () => {
    for (const name of ["7", "Groep 7", "groep 7", "GROEP 7", "Gr. 7", "gr 7", "gr.7", " Groep  7 ", "Group 7"])
      expect(groupKey(name), name).toBe("7");
    expect(groupKey("Groep 5a")).toBe(groupKey("5A"));
  });

  it("takes the spellings of a combined group as one group", () => {
    for (const name of ["7/8", "Groep 7/8", "groep 7 / 8", "Gr. 7-8", "7 + 8"])
      expect(groupKey(name), name).toBe("7/8");
  });

  it("keeps groups apart that are different", () => {
    expect(groupKey("Groep 7")).not.toBe(groupKey("Groep 8"));
    expect(groupKey("7")).not.toBe(groupKey("7/8"));
    expect(groupKey("Groepsraad")).toBe("groepsraad");
    expect(groupKey("Peuters")).not.toBe(groupKey("Kleuters"));
  });
});
