import { describe, expect, it } from "vitest";
import { viewerWith } from "../../../tests/helpers/viewer.js";
import { mayModerateIdeas, mayUseIdeaBoard } from "./policy.js";

describe("who uses and who moderates the idea board", () => {
  it("lets parents and every staff member use it, and nobody outside the organisation", () => {
    expect(mayUseIdeaBoard(viewerWith([], true))).toBe(true);
    for (const role of ["school_leader", "coordinator", "teacher", "mentor", "office", "advisor"] as const)
      expect(mayUseIdeaBoard(viewerWith([role])), role).toBe(true);
    expect(mayUseIdeaBoard(viewerWith([]))).toBe(false);
  });

  it("lets only the school leader and the coordinator moderate", () => {
    expect(mayModerateIdeas(viewerWith(["school_leader"]))).toBe(true);
    expect(mayModerateIdeas(viewerWith(["coordinator"]))).toBe(true);
    for (const role of ["teacher", "mentor", "office", "advisor"] as const)
      expect(mayModerateIdeas(viewerWith([role])), role).toBe(false);
    expect(mayModerateIdeas(viewerWith([], true))).toBe(false);
  });
});
