import { describe, expect, it } from "vitest";
import { chosenGroup, signingGroups } from "./signing.js";

const current = new Set(["g5", "g7"]);

describe("signing as a parent of a group", () => {
  it("offers each current group of the children once, in the order a school counts", () => {
    const groups = signingGroups(
      [
        { groupId: "g7", groupName: "Groep 7" },
        { groupId: "g5", groupName: "Groep 5" },
        { groupId: "g5", groupName: "Groep 5" },
      ],
      current,
    );
    expect(groups.map((g) => g.groupName)).toEqual(["Groep 5", "Groep 7"]);
  });

  it("leaves out a child without a group and a group of an archived school year", () => {
    const groups = signingGroups(
      [
        { groupId: null, groupName: null },
        { groupId: "old", groupName: "Groep 4 (vorig jaar)" },
      ],
      current,
    );
    expect(groups).toEqual([]);
  });

  it("takes the name, one of the author's groups, and nothing else", () => {
    const groups = [{ groupId: "g5", groupName: "Groep 5" }];
    expect(chosenGroup("name", groups)).toBeNull();
    expect(chosenGroup("g5", groups)).toBe("g5");
    expect(chosenGroup("g7", groups)).toBeUndefined();
  });
});
