/**
 * The active trajectories of many organisations at once, with what their phase follows from: for
 * the advisor's workspace, which shows every organisation an advisor guides. A fixed number of
 * queries whatever the number of organisations (each filters with one array parameter), so the
 * workspace of 300 schools costs what the workspace of three does, plus the rows. Runs under the
 * caller's transaction and row-level security (the advisor's role reads only the organisations
 * that invited them). The plan's publication is not read here: the caller adds it (the plan builds
 * on the trajectory, so the trajectory cannot ask it).
 */
import { and, asc, isNull } from "drizzle-orm";
import { anyOf, type Tx } from "../../../db/client.js";
import {
  certificates,
  trajectories,
  trajectoryMeasurements,
  trajectorySessions,
  trajectorySkips,
} from "../../../db/schema/index.js";
import { groupBy } from "../../../lib/group-by.js";
import { schoolDate } from "../../../lib/time/school-date.js";
import { measurementSummariesOf, type MeasurementSummary } from "../../measurements/index.js";
import type { SessionFact, SkippableStep, TrajectoryFacts } from "../domain/phase.js";
import type { TrajectoryRow } from "./trajectories.js";

export interface UpcomingSession {
  id: string;
  line: SessionFact["line"];
  topic: string;
  heldOn: string;
}

export interface TrajectoryAcross {
  trajectory: TrajectoryRow;
  /** Everything but the plan's publication, which the caller adds. */
  facts: Omit<TrajectoryFacts, "planPublishedOn">;
  measurements: MeasurementSummary[];
  /** Planned sessions on or after `today`, soonest first. */
  upcoming: UpcomingSession[];
}

/** The active trajectory of each of the organisations that has one, by organisation id. */
export async function activeTrajectoriesOf(
  tx: Tx,
  orgIds: readonly string[],
  today: string,
): Promise<Map<string, TrajectoryAcross>> {
  if (!orgIds.length) return new Map();
  const active = await tx
    .select()
    .from(trajectories)
    .where(and(anyOf(trajectories.orgId, orgIds), isNull(trajectories.endedAt)));
  const ids = active.map((t) => t.id);
  const orgs = active.map((t) => t.orgId);
  const links = await tx
    .select({ trajectoryId: trajectoryMeasurements.trajectoryId, id: trajectoryMeasurements.measurementId })
    .from(trajectoryMeasurements)
    .where(and(anyOf(trajectoryMeasurements.orgId, orgs), anyOf(trajectoryMeasurements.trajectoryId, ids)));
  const summaries = new Map(
    (
      await measurementSummariesOf(
        tx,
        orgs,
        links.map((l) => l.id),
      )
    ).map((m) => [m.id, m] as const),
  );
  const sessions = groupBy(
    await tx
      .select({
        trajectoryId: trajectorySessions.trajectoryId,
        id: trajectorySessions.id,
        line: trajectorySessions.line,
        status: trajectorySessions.status,
        heldOn: trajectorySessions.heldOn,
        topic: trajectorySessions.topic,
      })
      .from(trajectorySessions)
      .where(and(anyOf(trajectorySessions.orgId, orgs), anyOf(trajectorySessions.trajectoryId, ids)))
      .orderBy(asc(trajectorySessions.heldOn)),
    (s) => s.trajectoryId,
  );
  const skips = groupBy(
    await tx
      .select({ trajectoryId: trajectorySkips.trajectoryId, step: trajectorySkips.step })
      .from(trajectorySkips)
      .where(and(anyOf(trajectorySkips.orgId, orgs), anyOf(trajectorySkips.trajectoryId, ids))),
    (s) => s.trajectoryId,
  );
  const certified = new Map(
    (
      await tx
        .select({ trajectoryId: certificates.trajectoryId, awardedOn: certificates.awardedOn })
        .from(certificates)
        .where(
          and(anyOf(certificates.orgId, orgs), anyOf(certificates.trajectoryId, ids), isNull(certificates.revokedAt)),
        )
    ).map((c) => [c.trajectoryId, c.awardedOn] as const),
  );
  const linked = groupBy(links, (l) => l.trajectoryId);
  return new Map(
    active.map((trajectory) => {
      const measurements = (linked.get(trajectory.id) ?? []).flatMap((l) => summaries.get(l.id) ?? []);
      const own = sessions.get(trajectory.id) ?? [];
      const facts = {
        startedOn: schoolDate(trajectory.startedAt),
        measurements,
        sessions: own,
        skipped: new Set((skips.get(trajectory.id) ?? []).map((s) => s.step as SkippableStep)),
        certifiedOn: certified.get(trajectory.id) ?? null,
      };
      const upcoming = own.flatMap((s) =>
        s.status === "planned" && s.heldOn !== null && s.heldOn >= today
          ? [{ id: s.id, line: s.line, topic: s.topic, heldOn: s.heldOn }]
          : [],
      );
      return [trajectory.orgId, { trajectory, facts, measurements, upcoming }];
    }),
  );
}
