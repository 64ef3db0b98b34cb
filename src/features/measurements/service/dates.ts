/**
 * A measurement is open from the start of its first day until the end of its
 * last day, in the school's time zone; the database stores the two instants.
 */
import { localToUtc, utcToLocal } from "../../conversations/domain/local-time.js";

const DAY_MS = 24 * 60 * 60 * 1000;

export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function startOfDay(date: string): Date {
  return localToUtc(date, "00:00");
}

/** The first instant after the day: the measurement closes then. */
export function endOfDay(date: string): Date {
  const next = new Date(new Date(`${date}T12:00:00Z`).getTime() + DAY_MS).toISOString().slice(0, 10);
  return localToUtc(next, "00:00");
}

export function schoolDate(instant: Date): string {
  return utcToLocal(instant).date;
}

/** The last day a measurement closing at this instant is open. */
export function lastDay(closesAt: Date): string {
  return schoolDate(new Date(closesAt.getTime() - 1));
}

/** Whole days from one calendar date to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}
