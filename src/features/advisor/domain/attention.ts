/**
 * What needs the advisor's attention first. Every guided organisation gets one reason, the most
 * urgent that applies, and the workspace lists them by it: something overdue (a step, a session
 * not recorded, a plan action past its date), then the eindmeting's deadline within three
 * months, then a school waiting for the certification decision, then a session in the next two
 * weeks, then the rest; a school without an active trajectory last. Within one reason, the most
 * pressing first (more overdue, the nearer deadline or session), then by name.
 */
import { daysBetween } from "../../../lib/time/school-date.js";

export const attentionReasons = ["overdue", "deadline", "review", "sessionSoon", "onTrack", "noTrajectory"] as const;
export type AttentionReason = (typeof attentionReasons)[number];

/** A session counts as soon within this many days. */
export const SOON_DAYS = 14;

export interface AttentionInput {
  orgName: string;
  active: boolean;
  /** Overdue steps, sessions not recorded after their day, and plan actions past their date. */
  overdue: number;
  /** The eindmeting is still to be done and its deadline warnings have begun (three months before). */
  deadlineNear: boolean;
  finalDueOn: string | null;
  awaitingReview: boolean;
  nextSessionOn: string | null;
}

export interface Attention {
  reason: AttentionReason;
  /** Orders within a reason: smaller first. */
  urgency: string | number;
}

export function attentionOf(input: AttentionInput, today: string): Attention {
  if (!input.active) return { reason: "noTrajectory", urgency: 0 };
  if (input.overdue > 0) return { reason: "overdue", urgency: -input.overdue };
  if (input.deadlineNear) return { reason: "deadline", urgency: input.finalDueOn ?? "" };
  if (input.awaitingReview) return { reason: "review", urgency: 0 };
  if (input.nextSessionOn && daysBetween(today, input.nextSessionOn) <= SOON_DAYS)
    return { reason: "sessionSoon", urgency: input.nextSessionOn };
  return { reason: "onTrack", urgency: 0 };
}

const names = new Intl.Collator("nl");

/** Sorted by attention: the order of `attentionReasons`, then urgency, then name. */
export function byAttention<T extends { attention: Attention; orgName: string }>(rows: readonly T[]): T[] {
  const rank = (reason: AttentionReason) => attentionReasons.indexOf(reason);
  return [...rows].sort(
    (a, b) =>
      rank(a.attention.reason) - rank(b.attention.reason) ||
      compare(a.attention.urgency, b.attention.urgency) ||
      names.compare(a.orgName, b.orgName),
  );
}

function compare(a: string | number, b: string | number): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}
