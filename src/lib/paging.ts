/** Long lists: search text as typed, LIKE patterns, page numbers and counts. */

export const PAGE_SIZE = 50;

/** Search text as typed, tidied; empty means "no search". */
export function cleanSearch(value: string | undefined): string {
  return (value ?? "").replace(/\s+/g, " ").trim().slice(0, 100);
}

/** A LIKE pattern that matches the text anywhere, with LIKE's own wildcards taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The page number asked for, as a whole number of at least 1. */
export function pageNumber(value: string | undefined): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 100_000 ? n : 1;
}

/** One page of a long list: its rows, how many there are in all, and how many pages that makes. */
export interface Paged<Row> {
  rows: Row[];
  total: number;
  pages: number;
}

export function pageCount(total: number, size: number = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}
