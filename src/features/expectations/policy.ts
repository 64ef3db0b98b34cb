/**
 * Who does what with the mutual expectations: the school leader and the coordinator write,
 * publish and answer; every staff member reads the document, the shares and the responses;
 * parents read the published document, confirm it and respond. Pure predicates (policy.test.ts).
 */
import { isGuardianHere, isStaff, type StaffRole, type Viewer } from "../../auth/viewer.js";

const writers: readonly StaffRole[] = ["school_leader", "coordinator"];

export function mayReadExpectations(viewer: Viewer): boolean {
  return isStaff(viewer) || isGuardianHere(viewer);
}

export function mayWriteExpectations(viewer: Viewer): boolean {
  return viewer.current?.staffRoles.some((role) => writers.includes(role)) ?? false;
}

/** Confirming and responding are a parent's: staff who are also parents here do it as parents. */
export function mayConfirmExpectations(viewer: Viewer): boolean {
  return isGuardianHere(viewer);
}
