import { describe, it } from "vitest";
import { everyStaffRole, expectLetsThrough } from "../../../tests/helpers/viewer.js";
import { mayEditPlan, mayReadPlan, mayReadPublishedPlan, mayRespondToPlan } from "./policy.js";

describe("who writes, reads and responds to the plan", () => {
  it("lets only the school leader and the coordinator write it", () => {
    expectLetsThrough(mayEditPlan, { roles: ["school_leader", "coordinator"], parent: false });
  });

  it("lets staff and the advisor read the plan as it is; parents only the published version, to which they respond", () => {
    expectLetsThrough(mayReadPlan, { roles: everyStaffRole, parent: false });
    expectLetsThrough(mayReadPublishedPlan, { roles: everyStaffRole, parent: true });
    expectLetsThrough(mayRespondToPlan, { roles: [], parent: true });
  });
});
