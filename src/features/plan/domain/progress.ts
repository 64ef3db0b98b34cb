/**
 * How far the plan is, by domain and by owner: of the actions that still count (a dropped one
 * does not), how many are done and how many are under way. Overdue: due before today, not done.
 */
import type { ActionSnapshot } from "./snapshot.js";

export interface Progress {
  /** Actions that count: all but the dropped ones. */
  total: number;
  done: number;
  underway: number;
  overdue: number;
}

export function isOverdue(action: Pick<ActionSnapshot, "dueOn" | "status">, today: string): boolean {
  return action.dueOn !== null && action.dueOn < today && action.status !== "done" && action.status !== "dropped";
}

export function progressOf(actions: readonly Pick<ActionSnapshot, "dueOn" | "status">[], today: string): Progress {
  const counting = actions.filter((a) => a.status !== "dropped");
  return {
    total: counting.length,
    done: counting.filter((a) => a.status === "done").length,
    underway: counting.filter((a) => a.status === "underway").length,
    overdue: counting.filter((a) => isOverdue(a, today)).length,
  };
}

/** Progress per key (a domain, an owner), in the order of `keys`, leaving out keys without actions. */
export function progressBy<K extends string>(
  actions: readonly ActionSnapshot[],
  keys: readonly K[],
  keyOf: (action: ActionSnapshot) => K,
  today: string,
): { key: K; progress: Progress }[] {
  return keys
    .map((key) => ({
      key,
      progress: progressOf(
        actions.filter((a) => keyOf(a) === key),
        today,
      ),
    }))
    .filter(({ progress }) => progress.total > 0);
}

/** The share done, as a whole percentage; null without actions. */
export function percentDone(progress: Progress): number | null {
  return progress.total === 0 ? null : Math.round((progress.done / progress.total) * 100);
}
