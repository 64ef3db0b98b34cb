/**
 * Who does what with the plan: the school leader and the coordinator write and publish it and
 * answer parents; every staff member and the school's advisor read it as it is now; parents read
 * the published version and respond to it. Pure predicates over the viewer (policy.test.ts).
 */
import { isGuardianHere, isStaff, type Viewer } from "../../auth/viewer.js";
import { mayLeadTrajectory } from "../trajectory/index.js";

export function mayEditPlan(viewer: Viewer): boolean {
  return mayLeadTrajectory(viewer);
}

export function mayReadPlan(viewer: Viewer): boolean {
  return isStaff(viewer);
}

export function mayRespondToPlan(viewer: Viewer): boolean {
  return isGuardianHere(viewer);
}

export function mayReadPublishedPlan(viewer: Viewer): boolean {
  return isStaff(viewer) || isGuardianHere(viewer);
}
