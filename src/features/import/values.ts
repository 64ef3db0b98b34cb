/** Normalises single cell values. Each function returns null for "not valid". */
import { z } from "zod";

const emailSchema = z.email();

/** Collapses runs of whitespace (exports often contain double spaces or non-breaking spaces). */
export function cleanText(value: string): string {
  return value.replace(/\s+/g, " ").trim();
}

/** Lowercased and checked; "not valid" is null. */
export function parseEmail(value: string): string | null {
  const email = value.trim().toLowerCase();
  return emailSchema.safeParse(email).success ? email : null;
}

/** Dutch convention: the prefix is stored in lower case ("van der"); display code capitalises when needed. */
export function cleanSurnamePrefix(value: string): string {
  return cleanText(value).toLowerCase();
}

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
  if (y < 1900 || m < 1 || m > 12 || d < 1) return null;
  // Date.UTC rolls 31-02 over into March; a round trip catches impossible dates.
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCDate() !== d || date.getUTCMonth() !== m - 1) return null;
  return date.toISOString().slice(0, 10);
}

/** Today's date in the local time zone as `yyyy-mm-dd`, to compare with parsed dates. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
