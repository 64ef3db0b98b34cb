/**
 * Who does what with certification: staff of the school and the platform administrator see the
 * readiness and the certificates; the school's advisor decides (award, or "not yet" with
 * reasons; the service also checks that they are the trajectory's advisor); the advisor or the
 * platform administrator revokes; the school leader or coordinator chooses whether the school
 * appears on the public list; only the platform administrator sets the criteria. Pure predicates
 * over the viewer (policy.test.ts).
 */
import { isAdvisor, isStaff, type StaffRole, type Viewer } from "../../auth/viewer.js";

const schoolLeads: readonly StaffRole[] = ["school_leader", "coordinator"];

export function mayFollowCertification(viewer: Viewer): boolean {
  return isStaff(viewer) || (viewer.isPlatformAdmin && viewer.current !== null);
}

export function mayDecideCertification(viewer: Viewer): boolean {
  return isAdvisor(viewer);
}

export function mayRevokeCertificate(viewer: Viewer): boolean {
  return isAdvisor(viewer) || (viewer.isPlatformAdmin && viewer.current !== null);
}

export function mayListCertificate(viewer: Viewer): boolean {
  return viewer.current?.staffRoles.some((role) => schoolLeads.includes(role)) ?? false;
}

export function maySetCriteria(viewer: Viewer): boolean {
  return viewer.isPlatformAdmin;
}
