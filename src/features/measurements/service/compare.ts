/**
 * Change over time: a school's closed measurements set side by side, a
 * nulmeting against a later one (eindmeting or tussenmeting), with the
 * tussenmetingen in between along the way. Each side is scored with its own
 * threshold and hidden cells stay hidden, so the change is only computed
 * where both sides may be shown (domain/comparison.ts).
 */
import { asc, inArray } from "drizzle-orm";
import { z } from "zod";
import { ofOrg } from "../../../db/of-org.js";
import { measurements } from "../../../db/schema/index.js";
import { compareMeasurements, type DomainChange } from "../domain/comparison.js";
import type { MeasurementResults } from "../domain/results.js";
import { scoreMeasurement } from "./results.js";
import { inOrg, type OrgScope } from "../../../db/org-scope.js";

export interface ComparedMeasurement {
  id: string;
  title: string;
  kind: "baseline" | "interim" | "final";
  closesAt: Date;
}

export interface ComparisonView {
  /** Every closed nulmeting, tussenmeting and eindmeting, oldest first. */
  choices: ComparedMeasurement[];
  /** Null when there are fewer than two to compare. */
  comparison: {
    from: ComparedMeasurement;
    to: ComparedMeasurement;
    /** From, the tussenmetingen in between, to: in time order, with their results. */
    series: (ComparedMeasurement & { results: MeasurementResults })[];
    changes: DomainChange[];
  } | null;
}

const uuid = z.string().uuid();
export const comparisonQuery = z.object({
  from: uuid.optional().catch(undefined),
  to: uuid.optional().catch(undefined),
});

/**
 * Without a choice: the latest nulmeting before the later measurement (or else
 * the first) against that later one, by default the latest eindmeting. From a
 * nulmeting's own results page: that nulmeting against what came after it.
 * "Before" and "after" follow the choices' order (closing date, then creation), so
 * two measurements planned to close on the same day still come one after the other.
 */
function defaults(choices: ComparedMeasurement[], query: z.infer<typeof comparisonQuery>) {
  const byId = (id: string | undefined) => choices.find((c) => c.id === id);
  const lastOf = (list: ComparedMeasurement[], kind: ComparedMeasurement["kind"]) =>
    list.filter((c) => c.kind === kind).at(-1);
  const before = (m: ComparedMeasurement) => choices.slice(0, choices.indexOf(m));
  const after = (m: ComparedMeasurement) => choices.slice(choices.indexOf(m) + 1);
  const later = (m: ComparedMeasurement) => lastOf(after(m), "final") ?? after(m).at(-1);
  const asked = byId(query.to);
  let from = byId(query.from) ?? (asked ? (lastOf(before(asked), "baseline") ?? before(asked)[0]) : undefined);
  from ??= asked ? undefined : (lastOf(choices, "baseline") ?? choices[0]);
  let to = asked ?? (from && later(from));
  if (!from && asked) [from, to] = [asked, later(asked)];
  return from && to && from.id !== to.id ? { from, to } : null;
}

export function loadComparison(scope: OrgScope, query: z.infer<typeof comparisonQuery>): Promise<ComparisonView> {
  return inOrg(scope, async (tx) => {
    const rows = await tx
      .select()
      .from(measurements)
      .where(
        ofOrg(
          measurements,
          scope.orgId,
          { status: "closed" },
          inArray(measurements.kind, ["baseline", "interim", "final"]),
        ),
      )
      .orderBy(asc(measurements.closesAt), asc(measurements.createdAt), asc(measurements.id));
    const choices = rows.map((r) => ({
      id: r.id,
      title: r.title,
      kind: r.kind as ComparedMeasurement["kind"],
      closesAt: r.closesAt,
    }));
    const pair = defaults(choices, query);
    if (!pair) return { choices, comparison: null };
    const [from, to] = [choices.indexOf(pair.from), choices.indexOf(pair.to)];
    const [first, last] = from < to ? [pair.from, pair.to] : [pair.to, pair.from];
    const between = choices.slice(Math.min(from, to) + 1, Math.max(from, to)).filter((c) => c.kind === "interim");
    const picked = [first, ...between, last];
    const series: NonNullable<ComparisonView["comparison"]>["series"] = [];
    for (const choice of picked) {
      const row = rows.find((r) => r.id === choice.id)!;
      series.push({ ...choice, results: await scoreMeasurement(tx, row) });
    }
    const results = (id: string) => series.find((s) => s.id === id)!.results;
    return {
      choices,
      comparison: { ...pair, series, changes: compareMeasurements(results(pair.from.id), results(pair.to.id)) },
    };
  });
}
