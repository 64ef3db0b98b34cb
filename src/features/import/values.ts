/** Normalises single cell values. Each function returns null for "not valid". */
import { personFields, singleLine } from "../../web/person-fields.js";

/**
 * A cell as a person's field is stored (src/web/person-fields.ts): exports often contain double or
 * non-breaking spaces, and sometimes control characters.
 */
export const cleanText = singleLine;

/** Lowercased and checked as the forms check it; "not valid" (or empty) is null. */
export function parseEmail(value: string): string | null {
  const email = personFields.email.safeParse(value);
  return email.success && email.data ? email.data : null;
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
