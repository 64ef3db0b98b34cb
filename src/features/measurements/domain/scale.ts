/**
 * The answer scales. Most groups answer on five points; young children on a
 * three-point pictorial scale (sad, neutral, happy face). To put all groups
 * side by side, a three-point answer is placed on the five-point scale with
 * the same ends and midpoint, evenly spaced:
 *
 *   three-point  1 (sad)   2 (neutral)   3 (happy)
 *   five-point   1         3             5
 *
 * An answer is "positive" when it is 4 or 5 on the five-point scale, so the
 * happy face (3 → 5) is positive and the neutral face (2 → 3) is not.
 * "Don't know / not applicable" has no value: it is stored as null, counted in
 * distributions and left out of means and shares.
 */

export type ScalePoints = 3 | 5;

/** Lowest five-point value that counts as a positive answer. */
export const POSITIVE_FROM = 4;

export function isScalePoints(points: number): points is ScalePoints {
  return points === 3 || points === 5;
}

/** The answer's position on the five-point scale. */
export function toFivePoint(value: number, points: ScalePoints): number {
  return points === 5 ? value : 2 * value - 1;
}

export function isPositive(value: number, points: ScalePoints): boolean {
  return toFivePoint(value, points) >= POSITIVE_FROM;
}

/** Whether a stored answer is a whole number on the scale, or null for "don't know". */
export function isAnswerValue(value: unknown, points: ScalePoints): value is number | null {
  return value === null || (typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= points);
}
