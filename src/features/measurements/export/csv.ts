/**
 * CSV as spreadsheet programs in the reader's region expect it. Excel does
 * not ask how to read a CSV it opens by double-click: it takes the list
 * separator and decimal sign of the computer's regional settings. Dutch
 * Excel uses ";" and a decimal comma, English Excel "," and a point, so the
 * dialect follows the viewer's language. Always UTF-8 with a byte order mark
 * (without it Excel reads "ë" as "Ã«") and CRLF line ends. No "sep=;" line:
 * Excel then ignores the byte order mark.
 */
import type { Locale } from "../../../web/i18n/index.js";

export interface CsvDialect {
  separator: ";" | ",";
  decimal: "," | ".";
}

export type CsvValue = string | number | null;

export const BYTE_ORDER_MARK = "\uFEFF";

export function csvDialect(locale: Locale): CsvDialect {
  return locale === "nl" ? { separator: ";", decimal: "," } : { separator: ",", decimal: "." };
}

/** One line, CRLF included; null is an empty cell. */
export function csvLine(values: readonly CsvValue[], dialect: CsvDialect): string {
  return values.map((value) => csvCell(value, dialect)).join(dialect.separator) + "\r\n";
}

/** One cell's text, quoted where it must be. */
export function csvCell(value: CsvValue, dialect: CsvDialect): string {
  if (value === null) return "";
  if (typeof value === "number") return numberText(value, dialect);
  // A text starting with = + - @ would run as a formula in a spreadsheet.
  const text = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /["\r\n;,]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** At most two decimals, no thousands separator, the dialect's decimal sign. */
function numberText(value: number, dialect: CsvDialect): string {
  const text = String(Math.round(value * 100) / 100);
  return dialect.decimal === "," ? text.replace(".", ",") : text;
}
