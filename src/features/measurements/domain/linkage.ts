/**
 * What a response may keep when a measurement closes. After closing, anyone
 * with the database sees which invitees of each class responded (invitations
 * say `responded`), so a response's class and respondent group point at the
 * few people who can have written it: the one parent of a class who responded
 * wrote the class's one response. So a response keeps its class only when at
 * least the threshold responded in that class, and its answers only when at
 * least the threshold responded in its group: below that no figure can ever
 * show them, and kept they would name their writers. How many responded in a
 * class that loses its responses is returned, so the page can still say so.
 * docs/measurement-anonymity.md, section 5.
 */
import type { RespondentGroup } from "./instrument.js";

export interface StoredResponse {
  group: RespondentGroup;
  subgroupId: string | null;
  answers: Record<string, unknown>;
  open: Record<string, string>;
}

export interface Unlinked<T> {
  responses: T[];
  /** Per group, per class: how many responded there whose responses no longer say so. */
  unlinked: Map<RespondentGroup, Map<string, number>>;
}

export function unlinkSmallCells<T extends StoredResponse>(responses: readonly T[], threshold: number): Unlinked<T> {
  const perGroup = countBy(responses, (r) => r.group);
  const perClass = countBy(responses, (r) => `${r.group}/${r.subgroupId}`);
  const unlinked = new Map<RespondentGroup, Map<string, number>>();
  const kept = responses.map((response) => {
    const { group, subgroupId } = response;
    const fewInGroup = perGroup.get(group)! < threshold;
    const fewInClass = subgroupId !== null && perClass.get(`${group}/${subgroupId}`)! < threshold;
    if (fewInClass) {
      const classes = unlinked.get(group) ?? new Map<string, number>();
      unlinked.set(group, classes.set(subgroupId, (classes.get(subgroupId) ?? 0) + 1));
    }
    return {
      ...response,
      subgroupId: fewInClass ? null : subgroupId,
      ...(fewInGroup ? { answers: {}, open: {} } : {}),
    };
  });
  return { responses: kept, unlinked };
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}
