import { describe, expect, it } from "vitest";
import { viewerWith } from "../../../tests/helpers/viewer.js";
import { mayFollowAsParent, mayFollowTrajectory, mayLeadTrajectory } from "./policy.js";

describe("who leads and who follows the trajectory", () => {
  it("lets only the school leader and the coordinator lead it", () => {
    expect(mayLeadTrajectory(viewerWith(["school_leader"]))).toBe(true);
    expect(mayLeadTrajectory(viewerWith(["coordinator"]))).toBe(true);
    for (const role of ["teacher", "mentor", "office", "advisor"] as const)
      expect(mayLeadTrajectory(viewerWith([role])), role).toBe(false);
  });

  it("lets every staff member and the advisor follow it, and parents see their version", () => {
    expect(mayFollowTrajectory(viewerWith(["teacher"]))).toBe(true);
    expect(mayFollowTrajectory(viewerWith(["advisor"]))).toBe(true);
    expect(mayFollowTrajectory(viewerWith([], true))).toBe(false);
    expect(mayFollowAsParent(viewerWith([], true))).toBe(true);
    expect(mayFollowAsParent(viewerWith(["teacher"]))).toBe(false);
  });
});
