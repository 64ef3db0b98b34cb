/**
 * The plan as one version holds it: everything a reader sees, so the published version can be
 * shown, printed and compared without the rows it came from (they may have changed since).
 */
import type { DomainId, RespondentGroup } from "../../measurements/index.js";

export const actionOwners = ["school", "parents", "together"] as const;
export type ActionOwner = (typeof actionOwners)[number];
export const actionStatuses = ["planned", "underway", "done", "dropped"] as const;
export type ActionStatus = (typeof actionStatuses)[number];

export interface Baseline {
  group: RespondentGroup;
  current: number;
  desired: number;
}

export interface GoalSnapshot {
  id: string;
  domain: DomainId;
  title: string;
  baseline: Baseline | null;
}

export interface ActionSnapshot {
  id: string;
  domain: DomainId;
  title: string;
  details: string;
  owner: ActionOwner;
  responsible: string;
  dueOn: string | null;
  status: ActionStatus;
  /** The ideas of the board it takes up. */
  ideaIds: string[];
}

export interface PlanSnapshot {
  vision: string;
  goals: GoalSnapshot[];
  actions: ActionSnapshot[];
}

export const emptySnapshot: PlanSnapshot = { vision: "", goals: [], actions: [] };

/** The order readers find things in: by domain as the thermometer orders them, then by title. */
export function ordered<T extends { domain: DomainId; title: string }>(
  list: readonly T[],
  domains: readonly DomainId[],
) {
  return [...list].sort(
    (a, b) => domains.indexOf(a.domain) - domains.indexOf(b.domain) || a.title.localeCompare(b.title, "nl"),
  );
}
