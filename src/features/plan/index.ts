/**
 * The plan as other features see it: whether and when a trajectory's plan was published (the
 * certification's readiness needs it), a parent's responses for their data export, and the plans
 * of many trajectories at once with their progress (the advisor's workspace).
 */
export { planPublication, type PlanPublication } from "./service/publication.js";
export { responsesOfPerson } from "./service/export.js";
export { plansOf, type PlanAcross } from "./service/across.js";
export { percentDone, type Progress as PlanProgress } from "./domain/progress.js";
