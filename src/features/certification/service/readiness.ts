/**
 * The facts readiness is judged on, gathered in the caller's transaction: the trajectory's
 * nulmeting and eindmeting with the team's and parents' means (through measurements' index.ts),
 * its sessions (through the trajectory's), whether its plan is published (through the plan's),
 * whether this school year's mutual expectations are published (through the expectations'), and
 * the criteria the platform set.
 */
import type { Tx } from "../../../db/client.js";
import { expectationsPublishedThisYear } from "../../expectations/index.js";
import { domainMeans, type MeasurementSummary } from "../../measurements/index.js";
import { planPublication } from "../../plan/index.js";
import { recordOf, type TrajectoryRow } from "../../trajectory/index.js";
import type { Criteria } from "../domain/criteria.js";
import { readiness, type Readiness, type ReadinessFacts } from "../domain/readiness.js";
import { currentCriteria } from "./criteria.js";

export interface ReadinessView extends Readiness {
  criteriaSet: Criteria;
  baseline: MeasurementSummary | null;
  final: MeasurementSummary | null;
}

const closed = (linked: readonly MeasurementSummary[], kind: "baseline" | "final") =>
  linked.filter((m) => m.kind === kind && m.status === "closed");

/** Readiness of a trajectory: its first closed nulmeting against its last closed eindmeting. */
export async function readinessOf(tx: Tx, trajectory: TrajectoryRow): Promise<ReadinessView> {
  const { orgId } = trajectory;
  const record = await recordOf(tx, trajectory);
  const baseline = closed(record.measurements, "baseline")[0] ?? null;
  const final = closed(record.measurements, "final").at(-1) ?? null;
  const facts: ReadinessFacts = {
    baseline: baseline && (await domainMeans(tx, orgId, baseline.id)),
    final: final && (await domainMeans(tx, orgId, final.id)),
    planPublished: (await planPublication(tx, orgId, trajectory.id)) !== null,
    expectationsPublished: await expectationsPublishedThisYear(tx, orgId),
    sessions: record.sessions,
  };
  const criteriaSet = await currentCriteria(tx);
  return { ...readiness(facts, criteriaSet), criteriaSet, baseline, final };
}
