import { describe, expect, it } from "vitest";
import { viewerWith } from "../../../tests/helpers/viewer.js";
import { mayEditPlan, mayReadPlan, mayReadPublishedPlan, mayRespondToPlan } from "./policy.js";

describe("who writes, reads and responds to the plan", () => {
  it("lets only the school leader and the coordinator write it", () => {
    expect(mayEditPlan(viewerWith(["school_leader"]))).toBe(true);
    expect(mayEditPlan(viewerWith(["coordinator"]))).toBe(true);
    for (const role of ["teacher", "mentor", "office", "advisor"] as const)
      expect(mayEditPlan(viewerWith([role])), role).toBe(false);
    expect(mayEditPlan(viewerWith([], true))).toBe(false);
  });

  it("lets staff and the advisor read the plan as it is; parents only the published version, to which they respond", () => {
    expect(mayReadPlan(viewerWith(["teacher"]))).toBe(true);
    expect(mayReadPlan(viewerWith(["advisor"]))).toBe(true);
    expect(mayReadPlan(viewerWith([], true))).toBe(false);
    expect(mayReadPublishedPlan(viewerWith([], true))).toBe(true);
    expect(mayReadPublishedPlan(viewerWith(["advisor"]))).toBe(true);
    expect(mayRespondToPlan(viewerWith([], true))).toBe(true);
    expect(mayRespondToPlan(viewerWith(["school_leader"]))).toBe(false);
  });
});
