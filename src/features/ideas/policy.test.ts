import { describe, expect, it } from "vitest";
import type { StaffRole, Viewer } from "../../auth/viewer.js";
import { mayModerateIdeas, mayUseIdeaBoard } from "./policy.js";

function viewerWith(staffRoles: StaffRole[], isGuardian = false): Viewer {
  return {
    userId: "u",
    email: "u@example.nl",
    name: "U",
    locale: null,
    isPlatformAdmin: false,
    sessionHash: "h",
    fullyAuthenticated: true,
    hasPassword: false,
    hasSecondFactor: false,
    organisations: [],
    current: { orgId: "o", orgName: "O", requireSecondFactor: false, staffRoles, isGuardian },
  };
}

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
