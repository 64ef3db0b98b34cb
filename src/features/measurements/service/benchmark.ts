/**
 * The benchmark across organisations (docs/measurement-benchmark.md). Row-level
 * security keeps every school inside its own rows, so a school only writes its
 * own contribution (the figures it may see itself, from its latest closed
 * measurement) and asks refresh_measurement_benchmark(), a SECURITY DEFINER
 * function, to recompute the means of its type. What comes back to any school
 * is in measurement_benchmarks: means over at least five organisations, no ids.
 */
import { desc, eq, ne, sql } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import {
  measurementBenchmarkContributions as contributions,
  measurementBenchmarks,
  measurements,
  organisations,
} from "../../../db/schema/index.js";
import { contributedFigures, type DomainFigures } from "../domain/comparison.js";
import { domainIds, respondentGroups, type DomainId, type RespondentGroup } from "../domain/instrument.js";
import type { MeasurementResults } from "../domain/results.js";

export interface BenchmarkFigures extends DomainFigures {
  group: RespondentGroup;
  domain: DomainId;
  organisations: number;
}

async function organisationType(tx: Tx, orgId: string) {
  const [org] = await tx.select({ type: organisations.type }).from(organisations).where(eq(organisations.id, orgId));
  if (!org) throw new Error(`no organisation ${orgId}`);
  return org.type;
}

/**
 * Makes a just-closed measurement the school's contribution, if it is its
 * latest closed one (polls never count), and refreshes the benchmark.
 */
export async function contributeToBenchmark(
  tx: Tx,
  orgId: string,
  measurementId: string,
  results: MeasurementResults,
): Promise<void> {
  const [latest] = await tx
    .select({ id: measurements.id })
    .from(measurements)
    .where(ofOrg(measurements, orgId, { status: "closed" }, ne(measurements.kind, "poll")))
    .orderBy(desc(measurements.closesAt), desc(measurements.createdAt), desc(measurements.id))
    .limit(1);
  if (latest?.id !== measurementId) return;
  const type = await organisationType(tx, orgId);
  await tx.delete(contributions).where(eq(contributions.orgId, orgId));
  const rows = respondentGroups.flatMap((group) =>
    domainIds.flatMap((domain) => {
      const figures = contributedFigures(results, group, domain);
      return figures
        ? [{ orgId, measurementId, organisationType: type, respondentGroup: group, domain, ...figures }]
        : [];
    }),
  );
  if (rows.length) await tx.insert(contributions).values(rows.map((row) => ({ ...row, current: row.current! })));
  await tx.execute(sql`select refresh_measurement_benchmark(${type}::organisation_type)`);
}

/** The benchmark of the school's type: only the group–domain pairs at least five organisations share. */
export async function readBenchmark(tx: Tx, orgId: string): Promise<BenchmarkFigures[]> {
  const type = await organisationType(tx, orgId);
  const rows = await tx.select().from(measurementBenchmarks).where(eq(measurementBenchmarks.organisationType, type));
  return rows.map((row) => ({
    group: row.respondentGroup,
    domain: row.domain as DomainId,
    organisations: row.organisations,
    current: row.current,
    desired: row.desired,
    gap: row.gap,
    positiveShare: row.positiveShare,
  }));
}
