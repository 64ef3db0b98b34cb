/**
 * Change over time and comparison with other organisations. A baseline
 * (nulmeting) is set against an interim or final measurement per group and
 * domain, only where both may be shown. The benchmark averages organisations
 * of one type, each counting once, and says nothing until at least five
 * organisations contribute, so no single school can be read from it.
 */
import { domainIds, respondentGroups, type DomainId, type RespondentGroup } from "./instrument.js";
import type { MeasurementResults } from "./results.js";
import type { DomainScore } from "./scoring.js";

export const MIN_BENCHMARK_ORGANISATIONS = 5;

export interface DomainFigures {
  current: number | null;
  desired: number | null;
  gap: number | null;
  positiveShare: number | null;
}

export type DomainChange = { group: RespondentGroup; domain: DomainId } & (
  | { comparable: true; before: DomainFigures; after: DomainFigures; change: DomainFigures }
  /** Which measurement has no figure to show: the group was not asked, or too few answered. */
  | { comparable: false; missing: "before" | "after" | "both" }
);

/** Per group and domain: the figures before and after, and the change (after minus before). */
export function compareMeasurements(before: MeasurementResults, after: MeasurementResults): DomainChange[] {
  const groups = respondentGroups.filter((group) => before.groups[group] || after.groups[group]);
  return groups.flatMap((group) =>
    domainIds.map((domain): DomainChange => {
      const earlier = visibleDomain(before, group, domain);
      const later = visibleDomain(after, group, domain);
      if (!earlier || !later) {
        return {
          group,
          domain,
          comparable: false,
          missing: !earlier && !later ? "both" : earlier ? "after" : "before",
        };
      }
      const a = figuresOf(earlier);
      const b = figuresOf(later);
      const change: DomainFigures = {
        current: difference(a.current, b.current, MEAN_STEP),
        desired: difference(a.desired, b.desired, MEAN_STEP),
        gap: difference(a.gap, b.gap, MEAN_STEP),
        positiveShare: difference(a.positiveShare, b.positiveShare, SHARE_STEP),
      };
      return { group, domain, comparable: true, before: a, after: b, change };
    }),
  );
}

export interface Contribution {
  organisationId: string;
  organisationType: string;
  results: MeasurementResults;
}

export type BenchmarkEntry = { group: RespondentGroup; domain: DomainId; organisations: number } & (
  { shown: true; figures: DomainFigures } | { shown: false }
);

/** The mean figures of all organisations of one type, per group and domain, once enough take part. */
export function benchmark(options: {
  organisationType: string;
  contributions: readonly Contribution[];
}): BenchmarkEntry[] {
  const peers = options.contributions.filter((c) => c.organisationType === options.organisationType);
  if (new Set(peers.map((c) => c.organisationId)).size !== peers.length) {
    throw new Error("An organisation can contribute one measurement to a benchmark");
  }
  return respondentGroups.flatMap((group) =>
    domainIds.map((domain): BenchmarkEntry => {
      const figures = peers.flatMap((peer) => contributedFigures(peer.results, group, domain) ?? []);
      const organisations = figures.length;
      if (organisations < MIN_BENCHMARK_ORGANISATIONS) return { group, domain, organisations, shown: false };
      const average = (pick: (f: DomainFigures) => number | null) => {
        const values = figures.map(pick).filter((v) => v !== null);
        return values.length >= MIN_BENCHMARK_ORGANISATIONS ? values.reduce((a, b) => a + b, 0) / values.length : null;
      };
      return {
        group,
        domain,
        organisations,
        shown: true,
        figures: {
          current: average((f) => f.current),
          desired: average((f) => f.desired),
          gap: average((f) => f.gap),
          positiveShare: average((f) => f.positiveShare),
        },
      };
    }),
  );
}

/** The figures of one group and domain, when they may be shown and have a mean now; what a school adds to a benchmark. */
export function contributedFigures(
  results: MeasurementResults,
  group: RespondentGroup,
  domain: DomainId,
): DomainFigures | undefined {
  const score = visibleDomain(results, group, domain);
  return score && score.current.mean !== null ? figuresOf(score) : undefined;
}

function visibleDomain(results: MeasurementResults, group: RespondentGroup, domain: DomainId): DomainScore | undefined {
  const cell = results.groups[group];
  return cell?.visible ? cell.score.domains.find((d) => d.domain === domain) : undefined;
}

function figuresOf(score: DomainScore): DomainFigures {
  return {
    current: score.current.mean,
    desired: score.desired.mean,
    gap: score.gap,
    positiveShare: score.current.positiveShare,
  };
}

/** Means and gaps are shown with one decimal, shares as whole percentages. */
const MEAN_STEP = 0.1;
const SHARE_STEP = 0.01;

/**
 * After minus before, of the two figures as they are shown (rounded to `step`): otherwise
 * 4,0 → 4,2 could show a change of +0,3, from the unrounded 3,96 and 4,24.
 */
function difference(before: number | null, after: number | null, step: number): number | null {
  if (before === null || after === null) return null;
  const shown = (value: number) => Math.round(value / step);
  return Number(((shown(after) - shown(before)) * step).toFixed(2));
}
