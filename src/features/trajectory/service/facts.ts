/**
 * What the phase follows from, read in one transaction: the linked measurements (through the
 * measurements feature), the sessions, the skipped steps, the certificate, and the plan's
 * publication.
 *
 * The certificate is read as data from the shared schema, not through the certification feature:
 * certification builds on the trajectory (it imports this feature's index.ts), so importing it
 * back would make a cycle. The award is a row of `certificates`; that is all the phase needs.
 * The plan's publication comes through the extension point `trajectoryFacts`: the plan keeps its
 * versions and publications in its own feature and contributes a source in its manifest. Without
 * a source the fact is null.
 */
import { and, asc, eq, isNull } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import {
  certificates,
  trajectoryMeasurements,
  trajectorySessionGroups,
  trajectorySessions,
  trajectorySkips,
  users,
} from "../../../db/schema/index.js";
import { schoolDate } from "../../../lib/time/school-date.js";
import { contributionsTo, extensionPoint } from "../../../web/extension.js";
import { measurementSummaries, type MeasurementSummary } from "../../measurements/index.js";
import type { SkippableStep, TrajectoryFacts } from "../domain/phase.js";
import type { TrajectoryRow } from "./trajectories.js";
import { onKey } from "../../../db/on-key.js";

/** The facts another feature knows, read in the trajectory's transaction. */
export type ContributedFacts = Partial<Pick<TrajectoryFacts, "planPublishedOn">>;
export type TrajectoryFactSource = (tx: Tx, trajectory: TrajectoryRow) => Promise<ContributedFacts>;
export const trajectoryFacts = extensionPoint<TrajectoryFactSource>("trajectory.facts");

async function contributedFacts(tx: Tx, trajectory: TrajectoryRow): Promise<ContributedFacts> {
  let facts: ContributedFacts = {};
  for (const source of contributionsTo(trajectoryFacts)) facts = { ...facts, ...(await source(tx, trajectory)) };
  return facts;
}

export type SessionRow = typeof trajectorySessions.$inferSelect & { groupIds: string[] };

export interface Skip {
  step: SkippableStep;
  reason: string;
  skippedAt: Date;
  skippedBy: string | null;
}

export interface TrajectoryRecord {
  trajectory: TrajectoryRow;
  measurements: MeasurementSummary[];
  sessions: SessionRow[];
  skips: Skip[];
  facts: TrajectoryFacts;
}

export async function linkedMeasurements(tx: Tx, orgId: string, trajectoryId: string) {
  const links = await tx
    .select({ id: trajectoryMeasurements.measurementId })
    .from(trajectoryMeasurements)
    .where(ofOrg(trajectoryMeasurements, orgId, { trajectoryId }));
  return measurementSummaries(
    tx,
    orgId,
    links.map((l) => l.id),
  );
}

export async function sessionsOf(tx: Tx, orgId: string, trajectoryId: string): Promise<SessionRow[]> {
  const rows = await tx
    .select()
    .from(trajectorySessions)
    .where(ofOrg(trajectorySessions, orgId, { trajectoryId }))
    .orderBy(asc(trajectorySessions.line), asc(trajectorySessions.position));
  const invited = await tx
    .select({ sessionId: trajectorySessionGroups.sessionId, groupId: trajectorySessionGroups.groupId })
    .from(trajectorySessionGroups)
    .innerJoin(
      trajectorySessions,
      onKey(trajectorySessions, trajectorySessionGroups.orgId, trajectorySessionGroups.sessionId),
    )
    .where(and(eq(trajectorySessionGroups.orgId, orgId), eq(trajectorySessions.trajectoryId, trajectoryId)));
  return rows.map((row) => ({
    ...row,
    groupIds: invited.filter((i) => i.sessionId === row.id).map((i) => i.groupId),
  }));
}

export async function skipsOf(tx: Tx, orgId: string, trajectoryId: string): Promise<Skip[]> {
  return tx
    .select({
      step: trajectorySkips.step,
      reason: trajectorySkips.reason,
      skippedAt: trajectorySkips.skippedAt,
      skippedBy: users.name,
    })
    .from(trajectorySkips)
    .leftJoin(users, eq(users.id, trajectorySkips.skippedBy))
    .where(ofOrg(trajectorySkips, orgId, { trajectoryId }));
}

/** The day the trajectory's certificate was awarded; null without one, or once it is revoked. */
export async function certifiedOn(tx: Tx, orgId: string, trajectoryId: string): Promise<string | null> {
  const [row] = await tx
    .select({ awardedOn: certificates.awardedOn })
    .from(certificates)
    .where(ofOrg(certificates, orgId, { trajectoryId }, isNull(certificates.revokedAt)));
  return row?.awardedOn ?? null;
}

/** A trajectory with everything its phase follows from. */
export async function recordOf(tx: Tx, trajectory: TrajectoryRow): Promise<TrajectoryRecord> {
  const { orgId, id } = trajectory;
  const measurements = await linkedMeasurements(tx, orgId, id);
  const sessions = await sessionsOf(tx, orgId, id);
  const skips = await skipsOf(tx, orgId, id);
  const contributed = await contributedFacts(tx, trajectory);
  const facts: TrajectoryFacts = {
    startedOn: schoolDate(trajectory.startedAt),
    measurements,
    sessions,
    skipped: new Set(skips.map((s) => s.step)),
    planPublishedOn: contributed.planPublishedOn ?? null,
    certifiedOn: await certifiedOn(tx, orgId, id),
  };
  return { trajectory, measurements, sessions, skips, facts };
}
