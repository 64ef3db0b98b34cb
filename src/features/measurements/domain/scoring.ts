/**
 * Scoring: from counts to the figures of the quality thermometer, per domain
 * and per item, for one group of respondents. Every answer weighs the same, so
 * a domain's mean is the mean of all its answers, and figures of disjoint
 * groups combine exactly. Means are on the five-point scale (see scale.ts);
 * distributions stay on the group's own scale. No anonymity here: callers go
 * through results.ts, which only scores cells that may be shown.
 */
import { changeAspects, itemRoles, scalePoints } from "./instrument.js";
import type { ChangeAspect, DomainId, ExtraItem, Instrument, RespondentGroup } from "./instrument.js";
import { isPositive, toFivePoint, type ScalePoints } from "./scale.js";
import {
  addCounts,
  emptyCounts,
  emptyItemTally,
  tallyResponses,
  type Counts,
  type ItemTally,
  type MeasurementResponse,
  type Tally,
} from "./tally.js";

export interface SeriesSummary {
  /** Answers given, "don't know" included. */
  answered: number;
  /** Answers with a value: the base of the mean and the share. */
  valid: number;
  /** On the five-point scale; null without valid answers. */
  mean: number | null;
  /** Share (0–1) of valid answers that are positive. */
  positiveShare: number | null;
  /** On the group's own scale, "don't know" apart. */
  distribution: Counts;
}

export interface Figures {
  respondents: number;
  current: SeriesSummary;
  desired: SeriesSummary;
  /** Desired mean minus current mean: how far there is to go. */
  gap: number | null;
}

export interface DomainScore extends Figures {
  domain: DomainId;
}

export interface ItemScore extends Figures {
  itemId: string;
  domain: DomainId;
  /** A school's own item: shown per item, not part of the domain figures. */
  extra: boolean;
}

export interface ChangeCapacityScore {
  aspects: { aspect: ChangeAspect; summary: SeriesSummary }[];
  overall: SeriesSummary;
}

export interface CellScore {
  group: RespondentGroup;
  points: ScalePoints;
  respondents: number;
  domains: DomainScore[];
  items: ItemScore[];
  /** Team only. */
  changeCapacity: ChangeCapacityScore | null;
  /** Sorted alphabetically, so their order says nothing about who answered when. */
  openAnswers: Partial<Record<DomainId, string[]>>;
}

/** Summarises counts on a scale of `points`. */
export function summarise(distribution: Counts, points: ScalePoints): SeriesSummary {
  let valid = 0;
  let total = 0;
  let positive = 0;
  distribution.values.forEach((n, index) => {
    valid += n;
    total += n * toFivePoint(index + 1, points);
    if (isPositive(index + 1, points)) positive += n;
  });
  return {
    answered: valid + distribution.dontKnow,
    valid,
    mean: valid ? total / valid : null,
    positiveShare: valid ? positive / valid : null,
    distribution: { values: [...distribution.values], dontKnow: distribution.dontKnow },
  };
}

/** Scores one cell (a group or a class) from its tally. */
export function scoreTally(options: {
  instrument: Instrument;
  group: RespondentGroup;
  tally: Tally;
  extras?: readonly ExtraItem[];
}): CellScore {
  const { instrument, group, tally, extras } = options;
  const points = scalePoints(instrument, group);
  const itemTally = (id: string) => tally.items[id] ?? emptyItemTally(points);
  const items = [...itemRoles(instrument, group, extras)].flatMap(([itemId, role]): ItemScore[] => {
    if (role.kind === "capacity") return [];
    const counts = itemTally(itemId);
    const respondents = Math.max(answered(counts.current), answered(counts.desired));
    return [{ itemId, domain: role.domain, extra: role.kind === "extra", ...figures(points, [counts], respondents) }];
  });
  const domains = instrument.questionnaires[group].domains.map(({ domain, items: core }) => {
    const tallies = core.map((item) => itemTally(item.id));
    return { domain, ...figures(points, tallies, tally.domainRespondents[domain] ?? 0) };
  });
  const capacityItems = instrument.questionnaires[group].changeCapacity?.items;
  return {
    group,
    points,
    respondents: tally.respondents,
    domains,
    items,
    changeCapacity: capacityItems ? changeCapacity(points, capacityItems, itemTally) : null,
    openAnswers: sortedOpenAnswers(tally),
  };
}

/** Tallies and scores the responses of one group in one go. */
export function scoreResponses(options: {
  instrument: Instrument;
  group: RespondentGroup;
  responses: readonly MeasurementResponse[];
  extras?: readonly ExtraItem[];
}): CellScore {
  return scoreTally({ ...options, tally: tallyResponses(options) });
}

function figures(points: ScalePoints, tallies: readonly ItemTally[], respondents: number): Figures {
  const series = (pick: (tally: ItemTally) => Counts) => summarise(sumCounts(points, tallies.map(pick)), points);
  const current = series((tally) => tally.current);
  const desired = series((tally) => tally.desired);
  const gap = current.mean !== null && desired.mean !== null ? desired.mean - current.mean : null;
  return { respondents, current, desired, gap };
}

function changeCapacity(
  points: ScalePoints,
  items: readonly { id: string; aspect: ChangeAspect }[],
  itemTally: (id: string) => ItemTally,
): ChangeCapacityScore {
  const current = (item: { id: string }) => itemTally(item.id).current;
  const countsOf = (selected: readonly { id: string }[]) => sumCounts(points, selected.map(current));
  return {
    aspects: changeAspects.map((aspect) => ({
      aspect,
      summary: summarise(countsOf(items.filter((item) => item.aspect === aspect)), points),
    })),
    overall: summarise(countsOf(items), points),
  };
}

function sortedOpenAnswers(tally: Tally): CellScore["openAnswers"] {
  const sorted: CellScore["openAnswers"] = {};
  for (const [domain, texts] of Object.entries(tally.openAnswers) as [DomainId, string[]][]) {
    sorted[domain] = [...texts].sort((a, b) => a.localeCompare(b, "nl"));
  }
  return sorted;
}

function sumCounts(points: ScalePoints, all: readonly Counts[]): Counts {
  const sum = emptyCounts(points);
  for (const counts of all) addCounts(sum, counts);
  return sum;
}

function answered(counts: Counts): number {
  return counts.values.reduce((a, b) => a + b, counts.dontKnow);
}
