import { describe, it } from "vitest";
import { everyStaffRole, expectLetsThrough } from "../../../tests/helpers/viewer.js";
import { mayConfirmExpectations, mayReadExpectations, mayWriteExpectations } from "./policy.js";

describe("who reads, writes and confirms the expectations", () => {
  it("lets parents and every staff member read, nobody outside the organisation", () => {
    expectLetsThrough(mayReadExpectations, { roles: everyStaffRole, parent: true });
  });

  it("lets only the school leader and the coordinator write, and only parents confirm", () => {
    expectLetsThrough(mayWriteExpectations, { roles: ["school_leader", "coordinator"], parent: false });
    expectLetsThrough(mayConfirmExpectations, { roles: [], parent: true });
  });
});
