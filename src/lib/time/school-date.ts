/**
 * School dates: a calendar date without a time ("2025-10-26"), as the school reads it in its time
 * zone. A period such as a measurement's runs from the start of its first day until the end of its
 * last day; the database stores the two instants.
 */
import { localToUtc, utcToLocal } from "./zone.js";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The years a date typed into Samen may fall in: PostgreSQL has no year 0, and no school plans for
 * 3000. The message "error.dateRange" names them.
 */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2999;

/** A real date written as yyyy-mm-dd, in a year from FIRST_YEAR to LAST_YEAR. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const year = Number(value.slice(0, 4));
  if (year < FIRST_YEAR || year > LAST_YEAR) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The first instant of the day in school time. */
export function startOfDay(date: string): Date {
  return localToUtc(date, "00:00");
}

/** The first instant after the day: the measurement closes then. */
export function endOfDay(date: string): Date {
  const next = new Date(new Date(`${date}T12:00:00Z`).getTime() + DAY_MS).toISOString().slice(0, 10);
  return localToUtc(next, "00:00");
}

/** The school date of an instant. */
export function schoolDate(instant: Date): string {
  return utcToLocal(instant).date;
}

/** Today as the school's date. */
export function schoolToday(now: Date = new Date()): string {
  return schoolDate(now);
}

/**
 * The first school day (Monday to Friday) at least `days` days after today: where the demo puts
 * what a school plans, so that a demo loaded on a Sunday has no parents' evening on a Sunday.
 */
export function schoolDayIn(days: number, now: Date = new Date()): string {
  let date = schoolDate(new Date(now.getTime() + days * DAY_MS));
  while ([0, 6].includes(new Date(`${date}T12:00:00Z`).getUTCDay()))
    date = new Date(Date.parse(`${date}T12:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
  return date;
}

/** The last day a measurement closing at this instant is open. */
export function lastDay(closesAt: Date): string {
  return schoolDate(new Date(closesAt.getTime() - 1));
}

/** Whole days from one calendar date to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** A school date (yyyy-mm-dd) some months later (or earlier), kept within the month: 31 Aug + 6 months is 28/29 Feb. */
export function addMonths(date: string, months: number): string {
  const [year = 0, month = 1, day = 1] = date.split("-").map(Number);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  return `${pad(targetYear, 4)}-${pad(targetMonth)}-${pad(Math.min(day, lastDay))}`;
}
