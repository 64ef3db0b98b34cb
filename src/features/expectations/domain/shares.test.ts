import { describe, expect, it } from "vitest";
import { confirmationShares } from "./shares.js";

const group = (groupId: string, parents: number, confirmed: number) => ({ groupId, name: groupId, parents, confirmed });

describe("confirmation shares", () => {
  it("shows each group large enough, and the school's figure over distinct parents", () => {
    const shares = confirmationShares([group("g5", 20, 15), group("g6", 10, 10)], { parents: 28, confirmed: 24 }, 5);
    expect(shares.groups.map((g) => g.percent)).toEqual([75, 100]);
    expect(shares.total.percent).toBe(86);
  });

  it("hides a group below the threshold, and the smallest other group that would give it away", () => {
    const shares = confirmationShares(
      [group("g1", 3, 3), group("g2", 8, 2), group("g3", 12, 6)],
      { parents: 23, confirmed: 11 },
      5,
    );
    expect(shares.groups.map((g) => g.percent)).toEqual([null, null, 50]);
  });

  it("hides the school's figure below the threshold", () => {
    expect(confirmationShares([group("g1", 4, 1)], { parents: 4, confirmed: 1 }, 5).total.percent).toBeNull();
  });
});
