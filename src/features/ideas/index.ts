/**
 * The idea board as other features see it. The plan links its actions to ideas, marks them taken
 * up and tells the board which action took an idea up (the extension point `ideaUptake`); a
 * person's data export takes their ideas, reactions and supports.
 */
export { ideasOfPerson, type PersonIdeas } from "./service/export.js";
export {
  ideaUptake,
  ideasForPlan,
  takeUpIdeas,
  type PlanIdea,
  type Uptake,
  type UptakeSource,
} from "./service/for-plan.js";
