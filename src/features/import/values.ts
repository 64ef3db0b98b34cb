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

/** Today's date in the local time zone as `yyyy-mm-dd`, to compare with parsed dates. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
