import { describe, expect, it } from "vitest";
import type { StaffRole, Viewer } from "../../auth/viewer.js";
import { mayManageMessages, mayUseMessages } from "./policy.js";

const viewer = (staffRoles: StaffRole[], isGuardian = false) =>
  ({ current: { orgId: "o", orgName: "School", staffRoles, isGuardian } }) as unknown as Viewer;

describe("who uses messages", () => {
  it("lets parents and teaching staff write, and only the leader and coordinator manage", () => {
    expect(mayUseMessages(viewer([], true))).toBe(true);
    expect(mayUseMessages(viewer(["teacher"]))).toBe(true);
    expect(mayUseMessages(viewer(["advisor"]))).toBe(false);
    expect(mayUseMessages(viewer(["office"]))).toBe(false);
    expect(mayManageMessages(viewer(["coordinator"]))).toBe(true);
    expect(mayManageMessages(viewer(["teacher"]))).toBe(false);
    expect(mayManageMessages(viewer([], true))).toBe(false);
  });
});
