import { describe, it } from "vitest";
import { everyStaffRole, expectLetsThrough } from "../../../tests/helpers/viewer.js";
import { mayModerateIdeas, mayUseIdeaBoard } from "./policy.js";

describe("who uses and who moderates the idea board", () => {
  it("lets parents and every staff member use it, and nobody outside the organisation", () => {
    expectLetsThrough(mayUseIdeaBoard, { roles: everyStaffRole, parent: true });
  });

  it("lets only the school leader and the coordinator moderate", () => {
    expectLetsThrough(mayModerateIdeas, { roles: ["school_leader", "coordinator"], parent: false });
  });
});
