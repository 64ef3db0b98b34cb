/** A signed-in viewer with these roles in one organisation, for the features' policy tests. */
import type { StaffRole, Viewer } from "../../src/auth/viewer.js";

export function viewerWith(staffRoles: StaffRole[], isGuardian = false): Viewer {
  return {
    userId: "u",
    email: "u@example.nl",
    name: "U",
    locale: null,
    isPlatformAdmin: false,
    isPlatformEditor: false,
    sessionHash: "h",
    fullyAuthenticated: true,
    hasPassword: false,
    hasSecondFactor: false,
    organisations: [],
    current: { orgId: "o", orgName: "O", requireSecondFactor: false, staffRoles, isGuardian },
  };
}
