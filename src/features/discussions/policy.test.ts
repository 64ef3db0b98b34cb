import { describe, expect, it } from "vitest";
import type { StaffRole, Viewer } from "../../auth/viewer.js";
import { mayModerateDiscussions, mayUseDiscussions, writerRole } from "./policy.js";

const viewer = (staffRoles: StaffRole[], isGuardian = false) =>
  ({
    current: { orgId: "o", orgName: "S", orgType: "primary", requireSecondFactor: false, staffRoles, isGuardian },
  }) as unknown as Viewer;

describe("who uses the discussion groups", () => {
  it("lets parents and the school's staff in, not an advisor alone", () => {
    expect(mayUseDiscussions(viewer([], true))).toBe(true);
    expect(mayUseDiscussions(viewer(["teacher"]))).toBe(true);
    expect(mayUseDiscussions(viewer(["advisor"]))).toBe(false);
  });

  it("lets the leader and coordinator moderate, and signs staff as the school's", () => {
    expect(mayModerateDiscussions(viewer(["coordinator"]))).toBe(true);
    expect(mayModerateDiscussions(viewer(["teacher"]))).toBe(false);
    expect(writerRole(viewer(["teacher"], true))).toBe("staff");
    expect(writerRole(viewer([], true))).toBe("parent");
  });
});
