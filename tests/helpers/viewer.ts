/** A signed-in viewer with these roles in one organisation, for the features' policy tests. */
import { expect } from "vitest";
import type { StaffRole, Viewer } from "../../src/auth/viewer.js";
import { staffRole } from "../../src/db/schema/index.js";

/** Every staff role there is: the database's enum, so a new role is checked by every policy test. */
export const everyStaffRole: readonly StaffRole[] = staffRole.enumValues;

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
    current: { orgId: "o", orgName: "O", orgType: "primary", requireSecondFactor: false, staffRoles, isGuardian },
  };
}

/**
 * Asserts whom a policy check lets through: each staff role on its own (those in `roles` yes, the
 * others no), a parent without a staff role as `parent` says, and nobody outside the organisation.
 */
export function expectLetsThrough(
  check: (viewer: Viewer) => boolean,
  allowed: { roles: readonly StaffRole[]; parent: boolean },
): void {
  for (const role of everyStaffRole) expect(check(viewerWith([role])), role).toBe(allowed.roles.includes(role));
  expect(check(viewerWith([], true)), "parent").toBe(allowed.parent);
  expect(check(viewerWith([])), "outside the organisation").toBe(false);
}
