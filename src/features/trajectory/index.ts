/**
 * The trajectory as other features see it: the organisation's active trajectory and its phase.
 * The later parts of issue 12 (idea board, plan, expectations, certification, the advisor's
 * workspace) hang their rows off `trajectories(org_id, id)` and read where a school stands here.
 */
export { activeTrajectory, type TrajectoryRow } from "./service/trajectories.js";
export {
  sessionsOf,
  type SessionRow,
  linkedMeasurements,
  recordOf,
  trajectoryFacts,
  type ContributedFacts,
  type TrajectoryFactSource,
  type TrajectoryRecord,
} from "./service/facts.js";
export { nulmetingCapacity, type NulmetingCapacity } from "./service/timeline.js";
export { CapacityPanel } from "./views/capacity.js";
export { NoTrajectory } from "./views/no-trajectory.js";
export { mayLeadTrajectory, mayFollowTrajectory, mayFollowAsParent } from "./policy.js";
export {
  trajectoryState,
  talliedTrajectoryState,
  phases,
  steps,
  type Phase,
  type Step,
  type TrajectoryState,
} from "./domain/phase.js";
export { activeTrajectoriesOf, type TrajectoryAcross, type UpcomingSession } from "./service/across.js";
