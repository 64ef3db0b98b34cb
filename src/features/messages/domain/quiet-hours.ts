/**
 * The school's quiet hours: when a parent's message is stored but not yet delivered to staff.
 * Pure rules over school time (Europe/Amsterdam, daylight saving time included), unit-tested
 * without a database (quiet-hours.test.ts).
 *
 * Quiet from `from` (inclusive) until `until` (exclusive) every day; when `from` is later than
 * `until` the quiet runs overnight (18:00–07:30). Equal times mean no quiet hours on weekdays.
 * With `weekends`, Saturday and Sunday are quiet all day (and a Friday evening's quiet runs on
 * to Monday morning).
 */
import { localToUtc, utcToLocal } from "../../../lib/time/zone.js";

export interface QuietHours {
  /** "HH:MM" in school time. */
  from: string;
  until: string;
  weekends: boolean;
}

export const DEFAULT_QUIET_HOURS: QuietHours = { from: "18:00", until: "07:30", weekends: true };

const DAY_MS = 24 * 60 * 60 * 1000;

/** The calendar date after this one (yyyy-mm-dd). */
export function nextDate(date: string, days = 1): string {
  return new Date(Date.parse(`${date}T12:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** 0 Sunday … 6 Saturday, of a calendar date. */
export function weekday(date: string): number {
  return new Date(`${date}T12:00:00Z`).getUTCDay();
}

export function isWeekend(date: string): boolean {
  const day = weekday(date);
  return day === 0 || day === 6;
}

/** Whether a time of day lies in the daily quiet hours. */
function inDailyQuiet(time: string, quiet: QuietHours): boolean {
  if (quiet.from === quiet.until) return false;
  if (quiet.from > quiet.until) return time >= quiet.from || time < quiet.until;
  return time >= quiet.from && time < quiet.until;
}

/** Whether a moment lies in the school's quiet hours. */
export function isQuiet(at: Date, quiet: QuietHours): boolean {
  const { date, time } = utcToLocal(at);
  return (quiet.weekends && isWeekend(date)) || inDailyQuiet(time, quiet);
}

/**
 * When a message written at this moment reaches staff: at once outside quiet hours, otherwise the
 * first moment after them (Monday at `until` for one written on a Friday night or a weekend).
 */
export function deliveryMoment(writtenAt: Date, quiet: QuietHours): Date {
  let candidate = writtenAt;
  // Each step leaves one stretch of quiet; a week has at most eight of them.
  for (let step = 0; step < 16 && isQuiet(candidate, quiet); step++) {
    const { date, time } = utcToLocal(candidate);
    if (quiet.weekends && isWeekend(date)) {
      candidate = localToUtc(nextDate(date, weekday(date) === 6 ? 2 : 1), "00:00");
    } else {
      // In the daily quiet: it ends at `until` today (before it) or tomorrow (after `from`).
      const end = localToUtc(time < quiet.until ? date : nextDate(date), quiet.until);
      candidate = end.getTime() > candidate.getTime() ? end : new Date(candidate.getTime() + 60_000);
    }
  }
  return candidate;
}
