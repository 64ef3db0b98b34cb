import { describe, expect, it } from "vitest";
import { sharesPerGroup, tallyPerGroup } from "./shares.js";

const group = (groupId: string, people: number, done: number) => ({ groupId, name: groupId, people, done });

describe("shares per group", () => {
  it("shows each group large enough, and the total over distinct people", () => {
    const shares = sharesPerGroup([group("g5", 20, 15), group("g6", 10, 10)], { people: 28, done: 24 }, 5);
    expect(shares.groups.map((g) => g.percent)).toEqual([75, 100]);
    expect(shares.total.percent).toBe(86);
  });

  it("hides a group below the threshold, and the smallest other group that would give it away", () => {
    const shares = sharesPerGroup(
      [group("g1", 3, 3), group("g2", 8, 2), group("g3", 12, 6)],
      { people: 23, done: 11 },
      5,
    );
    expect(shares.groups.map((g) => g.percent)).toEqual([null, null, 50]);
  });

  it("hides the total below the threshold, and follows a higher threshold", () => {
    expect(sharesPerGroup([group("g1", 4, 1)], { people: 4, done: 1 }, 5).total.percent).toBeNull();
    expect(sharesPerGroup([group("g1", 6, 3)], { people: 6, done: 3 }, 7).groups[0]!.percent).toBeNull();
  });

  it("refuses a threshold below the measurements' minimum", () => {
    expect(() => sharesPerGroup([group("g1", 6, 3)], { people: 6, done: 3 }, 2)).toThrow(RangeError);
  });

  it("tallies members per group, a person in two groups in both and once in the total", () => {
    const members = [
      { groupId: "a", groupName: "A", userId: "p1" },
      { groupId: "a", groupName: "A", userId: "p2" },
      { groupId: "b", groupName: "B", userId: "p1" },
    ];
    expect(tallyPerGroup(members, new Set(["p1"]))).toEqual({
      groups: [
        { groupId: "a", name: "A", people: 2, done: 1 },
        { groupId: "b", name: "B", people: 1, done: 1 },
      ],
      total: { people: 2, done: 1 },
    });
  });
});
