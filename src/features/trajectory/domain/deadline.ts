/**
 * The eindmeting's deadline: at most 24 months after the nulmeting (seed 004), counted from the
 * day the nulmeting closed, or from the start while there is none. Warnings begin three months
 * before; each threshold is one mail per trajectory (the daily job, service/warnings.ts).
 */
import { addMonths } from "../../../lib/time/school-date.js";

export const FINAL_WITHIN_MONTHS = 24;

/** The thresholds in the order they are reached. */
export const warningThresholds = ["3m", "1m", "overdue"] as const;
export type WarningThreshold = (typeof warningThresholds)[number];

const monthsBefore: Record<Exclude<WarningThreshold, "overdue">, number> = { "3m": 3, "1m": 1 };

/** The last day the eindmeting may close. */
export function finalDueOn(countFrom: string): string {
  return addMonths(countFrom, FINAL_WITHIN_MONTHS);
}

/** The thresholds reached on `today` for a deadline, in order; empty before the warning period. */
export function reachedThresholds(dueOn: string, today: string): WarningThreshold[] {
  return warningThresholds.filter((threshold) =>
    threshold === "overdue" ? today > dueOn : today >= addMonths(dueOn, -monthsBefore[threshold]),
  );
}
