import { describe, it } from "vitest";
import { everyStaffRole, expectLetsThrough } from "../../../tests/helpers/viewer.js";
import { mayFollowAsParent, mayFollowTrajectory, mayLeadTrajectory } from "./policy.js";

describe("who leads and who follows the trajectory", () => {
  it("lets only the school leader and the coordinator lead it", () => {
    expectLetsThrough(mayLeadTrajectory, { roles: ["school_leader", "coordinator"], parent: false });
  });

  it("lets every staff member and the advisor follow it, and parents see their version", () => {
    expectLetsThrough(mayFollowTrajectory, { roles: everyStaffRole, parent: false });
    expectLetsThrough(mayFollowAsParent, { roles: [], parent: true });
  });
});
