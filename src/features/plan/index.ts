/**
 * The plan as other features see it: whether and when a trajectory's plan was published (the
 * certification's readiness needs it), and a parent's responses for their data export.
 */
export { planPublication, type PlanPublication } from "./service/publication.js";
export { responsesOfPerson } from "./service/export.js";
