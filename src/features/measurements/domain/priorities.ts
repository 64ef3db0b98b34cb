/**
 * Suggested starting points for the plan: where the distance between how it
 * is and how it should be is largest, and where the team sees things most
 * differently from parents (or pupils). Only whole groups that may be shown
 * count, and a figure counts only when at least as many people gave a value
 * as the anonymity threshold, so one outspoken answer cannot top the list.
 */
import { domainIds, respondentGroups, type DomainId, type RespondentGroup } from "./instrument.js";
import type { PerceptionDifference } from "./perception.js";
import type { MeasurementResults } from "./results.js";
import type { CellScore, Figures } from "./scoring.js";

export interface Gap {
  group: RespondentGroup;
  domain: DomainId;
  current: number;
  desired: number;
  gap: number;
}

export interface ItemGap extends Gap {
  itemId: string;
  extra: boolean;
}

export interface Priorities {
  domains: Gap[];
  items: ItemGap[];
  differences: PerceptionDifference[];
}

/** The largest gaps (desired above current) and perception differences, largest first. */
export function suggestPriorities(results: MeasurementResults, options: { limit?: number } = {}): Priorities {
  const limit = options.limit ?? 5;
  const scores = respondentGroups.flatMap((group): CellScore[] => {
    const cell = results.groups[group];
    return cell?.visible ? [cell.score] : [];
  });
  const enough = (figures: Figures) =>
    figures.current.valid >= results.threshold && figures.desired.valid >= results.threshold;
  const gapOf = (group: RespondentGroup, domain: DomainId, figures: Figures): Gap[] => {
    const { current, desired, gap } = figures;
    if (gap === null || gap <= 0 || current.mean === null || desired.mean === null || !enough(figures)) return [];
    return [{ group, domain, current: current.mean, desired: desired.mean, gap }];
  };
  const domains = scores.flatMap((score) => score.domains.flatMap((d) => gapOf(score.group, d.domain, d)));
  const items = scores.flatMap((score) =>
    score.items.flatMap((item) =>
      gapOf(score.group, item.domain, item).map((gap) => ({ ...gap, itemId: item.itemId, extra: item.extra })),
    ),
  );
  return {
    domains: domains.sort(byGap).slice(0, limit),
    items: items.sort(byGap).slice(0, limit),
    differences: [...results.perception].sort(bySize).slice(0, limit),
  };
}

function byGap(a: Gap, b: Gap): number {
  return b.gap - a.gap || order(a.group, a.domain) - order(b.group, b.domain);
}

function bySize(a: PerceptionDifference, b: PerceptionDifference): number {
  return Math.abs(b.current) - Math.abs(a.current) || order(a.groups[1], a.domain) - order(b.groups[1], b.domain);
}

/** Ties keep the order of the instrument: team first, the first domain first. */
function order(group: RespondentGroup, domain: DomainId): number {
  return respondentGroups.indexOf(group) * domainIds.length + domainIds.indexOf(domain);
}
