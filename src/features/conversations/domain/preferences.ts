/**
 * How a family's marks in the preference window turn into "preferred", "possible" or
 * "unavailable" per child and slot. The rules, in the words used on screen:
 * - a time marked "no" is never given;
 * - a time marked "yes" is preferred;
 * - a time left open is not given once you marked at least one time "yes" for that child
 *   (or for the whole family) — unless the round counts open times as possible;
 * - marked no "yes" at all (nothing, or only "no")? Then every time not marked "no" is possible.
 * A mark without a child holds for all children of the family.
 */

export type Tier = "preferred" | "possible" | "unavailable";

/** What an unmarked time means once a family marked some times "yes" (a round setting). */
export type UnmarkedMeans = "unavailable" | "possible";

export interface PreferenceMark {
  answer: "yes" | "no";
  start: Date;
  end: Date;
  /** Absent: the mark holds for every child of the family. */
  childId?: string;
}

/** A period as Dates or epoch milliseconds. */
interface Span {
  start: Date | number;
  end: Date | number;
}

interface Millis {
  start: number;
  end: number;
}

const millis = (span: Span): Millis => ({ start: Number(span.start), end: Number(span.end) });
const overlaps = (a: Millis, b: Millis) => a.start < b.end && b.start < a.end;
const contains = (outer: Millis, inner: Millis) => outer.start <= inner.start && inner.end <= outer.end;

/** The tier of each slot for one child of a family. */
export function tierFor(
  childId: string,
  marks: readonly PreferenceMark[],
  unmarked: UnmarkedMeans,
): (slot: Span) => Tier {
  const applicable = marks.filter((m) => m.childId === undefined || m.childId === childId);
  const noes = applicable.filter((m) => m.answer === "no").map(millis);
  const yeses = applicable.filter((m) => m.answer === "yes").map(millis);
  const openTier: Tier = yeses.length > 0 && unmarked === "unavailable" ? "unavailable" : "possible";
  return (span) => {
    const slot = millis(span);
    if (noes.some((m) => overlaps(m, slot))) return "unavailable";
    if (yeses.some((m) => contains(m, slot))) return "preferred";
    return openTier;
  };
}
