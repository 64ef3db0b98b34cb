/**
 * The timeline page's data: the active trajectory with its state on today's school date, the
 * measurements linked in place and those that could be, its sessions, the team's capacity for
 * change from the nulmeting; without an active one, what starting one needs. Ended trajectories
 * are listed as history either way.
 */
import { eq } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { inOrg, type OrgScope } from "../../../db/org-scope.js";
import { trajectoryMeasurements, users } from "../../../db/schema/index.js";
import { schoolToday } from "../../../lib/time/school-date.js";
import {
  measurementSummaries,
  teamChangeCapacity,
  type MeasurementSummary,
  type TeamChangeCapacity,
} from "../../measurements/index.js";
import { currentGroups } from "../../pupils/index.js";
import { trajectoryState, type TrajectoryState } from "../domain/phase.js";
import { recordOf, type TrajectoryRecord } from "./facts.js";
import { sharedNotes, type SharedNote } from "./shared-notes.js";
import { activeTrajectory, advisorsOf, endedTrajectories } from "./trajectories.js";

export interface NulmetingCapacity {
  measurement: MeasurementSummary;
  capacity: TeamChangeCapacity;
}

export interface ActiveTimeline extends TrajectoryRecord {
  state: TrajectoryState;
  today: string;
  advisorName: string | null;
  startedByName: string | null;
  linkable: MeasurementSummary[];
  capacity: NulmetingCapacity | null;
  groupNames: ReadonlyMap<string, string>;
  /** Notes the advisor shared with the school. */
  advisorNotes: SharedNote[];
}

export interface TimelineData {
  active: ActiveTimeline | null;
  advisors: { id: string; name: string }[];
  history: { id: string; startedAt: Date; endedAt: Date | null }[];
}

const nameOf = async (tx: Tx, id: string | null) => {
  if (!id) return null;
  const [row] = await tx.select({ name: users.name }).from(users).where(eq(users.id, id));
  return row?.name ?? null;
};

/** The team's capacity for change from the trajectory's nulmeting (the first linked baseline). */
export async function nulmetingCapacity(tx: Tx, orgId: string, linked: readonly MeasurementSummary[]) {
  const baseline = linked.find((m) => m.kind === "baseline");
  return baseline ? { measurement: baseline, capacity: await teamChangeCapacity(tx, orgId, baseline.id) } : null;
}

/** Measurements of the organisation not yet in any trajectory (a poll never is). */
async function linkableMeasurements(tx: Tx, orgId: string): Promise<MeasurementSummary[]> {
  const taken = await tx
    .select({ id: trajectoryMeasurements.measurementId })
    .from(trajectoryMeasurements)
    .where(eq(trajectoryMeasurements.orgId, orgId));
  const takenIds = new Set(taken.map((t) => t.id));
  return (await measurementSummaries(tx, orgId)).filter((m) => m.kind !== "poll" && !takenIds.has(m.id));
}

export function timeline(scope: OrgScope, now: Date = new Date()): Promise<TimelineData> {
  return inOrg(scope, async (tx) => {
    const { orgId } = scope;
    const history = await endedTrajectories(tx, orgId);
    const advisors = await advisorsOf(tx, orgId);
    const trajectory = await activeTrajectory(tx, orgId);
    if (!trajectory) return { active: null, advisors, history };
    const record = await recordOf(tx, trajectory);
    const today = schoolToday(now);
    const groups = await currentGroups(tx, orgId);
    const active: ActiveTimeline = {
      ...record,
      state: trajectoryState(record.facts, today),
      today,
      advisorName: await nameOf(tx, trajectory.advisorId),
      startedByName: await nameOf(tx, trajectory.startedBy),
      linkable: await linkableMeasurements(tx, orgId),
      capacity: await nulmetingCapacity(tx, orgId, record.measurements),
      groupNames: new Map(groups.map((g) => [g.id, g.name])),
      advisorNotes: await sharedNotes(tx, orgId),
    };
    return { active, advisors, history };
  });
}
