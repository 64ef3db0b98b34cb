/**
 * Who uses messages: parents here write about their own children; teachers and mentors about
 * the children of their groups; the school leader and coordinator about any child, and they set
 * the quiet hours and the reply time and see the overdue threads. Which thread a person sees is
 * the service's question (service/access.ts). Pure predicates (policy.test.ts).
 */
import { isGuardianHere, type StaffRole, type Viewer } from "../../auth/viewer.js";

const writingStaff: readonly StaffRole[] = ["school_leader", "coordinator", "teacher", "mentor"];
const managers: readonly StaffRole[] = ["school_leader", "coordinator"];

export function isMessagingStaff(viewer: Viewer): boolean {
  return viewer.current?.staffRoles.some((role) => writingStaff.includes(role)) ?? false;
}

export function mayUseMessages(viewer: Viewer): boolean {
  return isGuardianHere(viewer) || isMessagingStaff(viewer);
}

export function mayManageMessages(viewer: Viewer): boolean {
  return viewer.current?.staffRoles.some((role) => managers.includes(role)) ?? false;
}
