/**
 * The results of one measurement as the thermometer may show them: per
 * respondent group a tree of cells (the whole group, then its classes), each
 * either scored or hidden with the reason, and the perception differences
 * between visible groups. Figures of hidden cells are never computed, so they
 * cannot leak into a page, a chart or an export by mistake. Open answers come
 * with the whole group only, never with a class.
 */
import { anonymityThreshold, disclosure, type GroupCount, type HiddenReason } from "./anonymity.js";
import { respondentGroups, scalePoints, type ExtraItem, type Instrument, type RespondentGroup } from "./instrument.js";
import { PERCEPTION_PAIRS, perceptionDifferences, type PerceptionDifference } from "./perception.js";
import { scoreTally, type CellScore } from "./scoring.js";
import { mergeTallies, tallyResponses, type MeasurementResponse, type Tally } from "./tally.js";

/** How a group divides into subgroups: ids as in `MeasurementResponse.subgroup`, e.g. year bands holding classes. */
export interface SubgroupTree {
  id: string;
  children?: readonly SubgroupTree[];
  /** A class's respondents whose responses were stored without it at closing (too few: domain/linkage.ts); they count in the group's rest. */
  unlinked?: number;
}

export type Cell = { id: string; respondents: number; children: Cell[] } & (
  { visible: true; score: CellScore } | { visible: false; reason: HiddenReason }
);

export interface MeasurementResults {
  instrumentVersion: number;
  threshold: number;
  /** The root cell of each group has the group's name as id. */
  groups: Partial<Record<RespondentGroup, Cell>>;
  perception: PerceptionDifference[];
}

export interface GroupTallies {
  /** A tally per subgroup id; null (or an id not in the tree) counts for the group as a whole only. */
  tallies: ReadonlyMap<string | null, Tally>;
  subgroups?: readonly SubgroupTree[];
}

interface Options {
  instrument: Instrument;
  extras?: readonly ExtraItem[];
  /** Defaults to the minimum, 5. */
  threshold?: number;
}

/** Results from tallies per subgroup, e.g. counted in SQL. */
export function resultsFromTallies(
  options: Options & { groups: Partial<Record<RespondentGroup, GroupTallies>> },
): MeasurementResults {
  const threshold = anonymityThreshold(options.threshold);
  const groups: MeasurementResults["groups"] = {};
  for (const group of respondentGroups) {
    const input = options.groups[group];
    if (input) groups[group] = groupCells({ ...options, threshold }, group, input);
  }
  const perception = PERCEPTION_PAIRS.flatMap(([a, b]) => {
    const first = groups[a];
    const second = groups[b];
    return first?.visible && second?.visible ? perceptionDifferences(first.score, second.score) : [];
  });
  return { instrumentVersion: options.instrument.version, threshold, groups, perception };
}

/** Results straight from responses. */
export function measurementResults(
  options: Options & {
    responses: readonly MeasurementResponse[];
    subgroups?: Partial<Record<RespondentGroup, readonly SubgroupTree[]>>;
  },
): MeasurementResults {
  const buckets = new Map<RespondentGroup, Map<string | null, MeasurementResponse[]>>();
  for (const response of options.responses) {
    const bySubgroup = buckets.get(response.group) ?? new Map<string | null, MeasurementResponse[]>();
    buckets.set(response.group, bySubgroup);
    const key = response.subgroup ?? null;
    const bucket = bySubgroup.get(key) ?? [];
    bySubgroup.set(key, bucket);
    bucket.push(response);
  }
  const groups: Partial<Record<RespondentGroup, GroupTallies>> = {};
  for (const [group, bySubgroup] of buckets) {
    const tallies = new Map(
      [...bySubgroup].map(([key, responses]) => [key, tallyResponses({ ...options, group, responses })] as const),
    );
    groups[group] = { tallies, subgroups: options.subgroups?.[group] };
  }
  return resultsFromTallies({ ...options, groups });
}

interface TalliedCell extends GroupCount {
  tally: Tally;
  children: TalliedCell[];
}

function groupCells(options: Options & { threshold: number }, group: RespondentGroup, input: GroupTallies): Cell {
  const points = scalePoints(options.instrument, group);
  const placed = new Set<string>();
  const tallied = (tree: SubgroupTree): TalliedCell => {
    placed.add(tree.id);
    const children = (tree.children ?? []).map(tallied);
    const own = input.tallies.get(tree.id);
    const tally = mergeTallies(points, [...(own ? [own] : []), ...children.map((child) => child.tally)]);
    return { id: tree.id, respondents: tally.respondents + (tree.unlinked ?? 0), tally, children };
  };
  const children = (input.subgroups ?? []).map(tallied);
  // Responses without a (known) subgroup count for the group as a whole only.
  const rest = [...input.tallies].filter(([key]) => key === null || !placed.has(key)).map(([, tally]) => tally);
  const tally = mergeTallies(points, [...children.map((child) => child.tally), ...rest]);
  const visibility = disclosure({ id: group, respondents: tally.respondents, children }, options.threshold);
  const toCell = (cell: TalliedCell): Cell => {
    const seen = visibility.get(cell.id) ?? { visible: false, reason: "too-few" };
    const base = { id: cell.id, respondents: cell.respondents, children: cell.children.map(toCell) };
    if (!seen.visible) return { ...base, ...seen };
    const score = scoreTally({ ...options, group, tally: cell.tally });
    // A text can give its writer away by what it says; within one class that is too close.
    return { ...base, visible: true, score: cell.id === group ? score : { ...score, openAnswers: {} } };
  };
  return toCell({ id: group, respondents: tally.respondents, tally, children });
}
