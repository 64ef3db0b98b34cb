/** Dates as people in the Netherlands type them (dd-mm-jjjj), or as exports write them (ISO). */
import { FIRST_YEAR, LAST_YEAR } from "./school-date.js";

// dd-mm-yyyy, d-m-yyyy, dd/mm/yyyy, dd.mm.yyyy; Excel sometimes appends a time ("12-03-2015 00:00").
const DUTCH_DATE = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]\d{1,2}:\d{2}(?::\d{2})?)?$/;

/**
 * A Dutch or ISO date as `yyyy-mm-dd`, or null when it is not a real date.
 * Two-digit years are refused: "01-02-15" could be 1915 or 2015.
 */
export function parseDate(value: string): string | null {
  const text = value.trim();
  const dutch = DUTCH_DATE.exec(text);
  const iso = dutch ? null : ISO_DATE.exec(text);
  const [day, month, year] = dutch
    ? [dutch[1], dutch[2], dutch[3]]
    : iso
      ? [iso[3], iso[2], iso[1]]
      : [undefined, undefined, undefined];
  if (day === undefined || month === undefined || year === undefined) return null;
  const [d, m, y] = [Number(day), Number(month), Number(year)];
  if (y < FIRST_YEAR || y > LAST_YEAR || m < 1 || m > 12 || d < 1) return null;
  // Date.UTC rolls 31-02 over into March; a round trip catches impossible dates.
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCDate() !== d || date.getUTCMonth() !== m - 1) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * True when the text is written as a date (Dutch or ISO) in a year Samen does not take, such as
 * 01-01-9999: refused with a message that names the years ("error.dateRange"), not as no date.
 */
export function outOfYearRange(value: string): boolean {
  const text = value.trim();
  const dutch = DUTCH_DATE.exec(text);
  const year = Number(dutch ? dutch[3] : ISO_DATE.exec(text)?.[1]);
  return year < FIRST_YEAR || year > LAST_YEAR;
}

/** A school date (yyyy-mm-dd) as people type it, dd-mm-jjjj: what parseDate reads back. */
export function typedDate(date: string): string {
  const [year, month, day] = date.split("-");
  return `${day}-${month}-${year}`;
}
