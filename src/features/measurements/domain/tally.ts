/**
 * Counts of answers: the only input scoring needs. Every figure on the
 * thermometer (n, means, shares, distributions) follows from counts per item
 * and answer value, and counts of disjoint groups simply add up. So the
 * results of a school and of its classes can be computed from one tally per
 * class, whether it was built here from responses or by a GROUP BY in SQL.
 */
import { isDomainId, itemRoles, scalePoints } from "./instrument.js";
import type { DomainId, ExtraItem, Instrument, ItemRole, RespondentGroup } from "./instrument.js";
import { isAnswerValue, type ScalePoints } from "./scale.js";

/** How often each value was chosen: `values[v - 1]` for value v on the group's own scale. */
export interface Counts {
  values: number[];
  dontKnow: number;
}

export interface ItemTally {
  current: Counts;
  desired: Counts;
}

export interface Tally {
  points: ScalePoints;
  respondents: number;
  /** Respondents who answered at least one item of the domain ("don't know" included). */
  domainRespondents: Partial<Record<DomainId, number>>;
  items: Record<string, ItemTally>;
  openAnswers: Partial<Record<DomainId, string[]>>;
}

/** One answer: a value on the group's scale, null for "don't know", absent when not answered. */
export interface ItemAnswer {
  current?: number | null;
  desired?: number | null;
}

export interface MeasurementResponse {
  group: RespondentGroup;
  /** The class or group the respondent belongs to, when known. */
  subgroup?: string | null;
  answers: Readonly<Record<string, ItemAnswer>>;
  openAnswers?: Readonly<Partial<Record<DomainId, string>>>;
}

export function emptyTally(points: ScalePoints): Tally {
  return { points, respondents: 0, domainRespondents: {}, items: {}, openAnswers: {} };
}

/** Counts the responses of one group. Throws on an unknown item or a value off the scale. */
export function tallyResponses(options: {
  instrument: Instrument;
  group: RespondentGroup;
  responses: readonly MeasurementResponse[];
  extras?: readonly ExtraItem[];
}): Tally {
  const { instrument, group, responses, extras } = options;
  const roles = itemRoles(instrument, group, extras);
  const tally = emptyTally(scalePoints(instrument, group));
  for (const response of responses) {
    if (response.group !== group) throw new Error(`A ${response.group} response in the ${group} tally`);
    addResponse(tally, roles, response);
  }
  return tally;
}

function addResponse(tally: Tally, roles: ReadonlyMap<string, ItemRole>, response: MeasurementResponse): void {
  tally.respondents += 1;
  const domains = new Set<DomainId>();
  for (const [id, answer] of Object.entries(response.answers)) {
    const role = roles.get(id);
    if (!role) throw new Error(`${id} is not an item for ${response.group}`);
    const item = (tally.items[id] ??= emptyItemTally(tally.points));
    const answered = [
      count(item.current, answer.current, id, tally.points),
      count(item.desired, answer.desired, id, tally.points),
    ].some(Boolean);
    if (answered && role.kind === "core") domains.add(role.domain);
  }
  for (const domain of domains) tally.domainRespondents[domain] = (tally.domainRespondents[domain] ?? 0) + 1;
  for (const [domain, text] of Object.entries(response.openAnswers ?? {})) {
    if (!isDomainId(domain)) throw new Error(`${domain} is not a domain`);
    if (text?.trim()) (tally.openAnswers[domain] ??= []).push(text.trim());
  }
}

export function emptyCounts(points: ScalePoints): Counts {
  return { values: Array.from({ length: points }, () => 0), dontKnow: 0 };
}

export function emptyItemTally(points: ScalePoints): ItemTally {
  return { current: emptyCounts(points), desired: emptyCounts(points) };
}

/** Adds one answer to the counts; false when the question was not answered. */
function count(counts: Counts, value: number | null | undefined, id: string, points: ScalePoints): boolean {
  if (value === undefined) return false;
  if (!isAnswerValue(value, points))
    throw new RangeError(`${id}: ${String(value)} is not on the ${points}-point scale`);
  if (value === null) counts.dontKnow += 1;
  else counts.values[value - 1] = (counts.values[value - 1] ?? 0) + 1;
  return true;
}

/** The tally of the union of disjoint groups of respondents (a class and its sister classes). */
export function mergeTallies(points: ScalePoints, tallies: readonly Tally[]): Tally {
  const merged = emptyTally(points);
  for (const tally of tallies) {
    if (tally.points !== points) throw new Error("Only tallies on the same scale can be merged");
    merged.respondents += tally.respondents;
    for (const [domain, n] of Object.entries(tally.domainRespondents) as [DomainId, number][]) {
      merged.domainRespondents[domain] = (merged.domainRespondents[domain] ?? 0) + n;
    }
    for (const [id, item] of Object.entries(tally.items)) {
      const into = (merged.items[id] ??= emptyItemTally(points));
      addCounts(into.current, item.current);
      addCounts(into.desired, item.desired);
    }
    for (const [domain, texts] of Object.entries(tally.openAnswers) as [DomainId, string[]][]) {
      (merged.openAnswers[domain] ??= []).push(...texts);
    }
  }
  return merged;
}

export function addCounts(into: Counts, from: Counts): void {
  from.values.forEach((n, index) => (into.values[index] = (into.values[index] ?? 0) + n));
  into.dontKnow += from.dontKnow;
}
