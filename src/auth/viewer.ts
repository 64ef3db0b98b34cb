/**
 * The signed-in person as the app sees them on one request: who they are, the
 * organisations they belong to, and their roles in the current one.
 */
import type { organisationType } from "../db/schema/index.js";

export type StaffRole = "school_leader" | "coordinator" | "teacher" | "mentor" | "office" | "advisor";

export interface OrganisationAccess {
  orgId: string;
  orgName: string;
  /** A school or childcare: the pages speak its words (wordingOf, src/web/i18n). */
  orgType: (typeof organisationType.enumValues)[number];
  requireSecondFactor: boolean;
  staffRoles: StaffRole[];
  isGuardian: boolean;
}

export interface Viewer {
  userId: string;
  email: string;
  name: string;
  locale: string | null;
  isPlatformAdmin: boolean;
  /** Runs the public side: campaign, parent panel, advice and learning. */
  isPlatformEditor: boolean;
  sessionHash: string;
  /** True once a required second factor has been given. */
  fullyAuthenticated: boolean;
  hasPassword: boolean;
  hasSecondFactor: boolean;
  organisations: OrganisationAccess[];
  /** The organisation the viewer works in now; null when they belong to none. */
  current: OrganisationAccess | null;
}

const orgManagers: StaffRole[] = ["school_leader", "coordinator", "office"];

/** May manage the organisation: groups, pupils, guardians, staff, imports. */
export function canManageOrganisation(viewer: Viewer): boolean {
  return viewer.current?.staffRoles.some((r) => orgManagers.includes(r)) ?? false;
}

/** Is staff (or advisor) of the current organisation: sees children's data, needs 2FA when required. */
export function isStaff(viewer: Viewer): boolean {
  return (viewer.current?.staffRoles.length ?? 0) > 0;
}

export function isTeacher(viewer: Viewer): boolean {
  return viewer.current?.staffRoles.some((r) => r === "teacher" || r === "mentor") ?? false;
}

export function isAdvisor(viewer: Viewer): boolean {
  return viewer.current?.staffRoles.includes("advisor") ?? false;
}

/** May edit and moderate the platform's public side; the administrator may too. */
export function canEditPlatform(viewer: Viewer): boolean {
  return viewer.isPlatformEditor || viewer.isPlatformAdmin;
}

export function isGuardianHere(viewer: Viewer): boolean {
  return viewer.current?.isGuardian ?? false;
}

export type SecondFactorState = "done" | "verify" | "enrol";

/**
 * Staff, advisors and admins see children's data: once they have a second factor
 * it is asked at every sign-in, and an organisation may require one. The
 * requirement is checked before the session flag: a session started without a
 * factor counts as complete, yet must still be sent to enrol.
 */
export function secondFactorState(viewer: Viewer): SecondFactorState {
  if (!viewer.hasSecondFactor) {
    const required = viewer.organisations.some((o) => o.requireSecondFactor && o.staffRoles.length > 0);
    return required ? "enrol" : "done";
  }
  return viewer.fullyAuthenticated ? "done" : "verify";
}
