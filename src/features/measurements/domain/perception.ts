/**
 * Perception differences: does the team see a domain the way parents (or
 * pupils) see it? A difference of three quarters of a point on the
 * five-point scale is large enough to talk about: it is the step from
 * "redelijk" to almost "grotendeels".
 */
import type { DomainId, RespondentGroup } from "./instrument.js";
import type { CellScore } from "./scoring.js";

/** Differences in the current mean of at least this much are flagged. */
export const LARGE_PERCEPTION_DIFFERENCE = 0.75;

/** Rounding noise in means must not decide whether 0.75 is "large". */
const EPSILON = 1e-9;

/** The team is compared with each other group; young children's answers are on the mapped three-point scale. */
export const PERCEPTION_PAIRS: readonly (readonly [RespondentGroup, RespondentGroup])[] = [
  ["team", "parents"],
  ["team", "pupils"],
  ["team", "young"],
];

export interface PerceptionDifference {
  domain: DomainId;
  groups: readonly [RespondentGroup, RespondentGroup];
  /** Current mean of the second group minus that of the first. */
  current: number;
  /** The same for the desired situation; null when one group was not asked. */
  desired: number | null;
  /** |current| ≥ LARGE_PERCEPTION_DIFFERENCE. */
  large: boolean;
}

/** Per domain where both groups have a current mean: how far apart they are. */
export function perceptionDifferences(first: CellScore, second: CellScore): PerceptionDifference[] {
  return first.domains.flatMap((a): PerceptionDifference[] => {
    const b = second.domains.find((d) => d.domain === a.domain);
    if (!b || a.current.mean === null || b.current.mean === null) return [];
    const current = b.current.mean - a.current.mean;
    const desired = a.desired.mean !== null && b.desired.mean !== null ? b.desired.mean - a.desired.mean : null;
    return [
      {
        domain: a.domain,
        groups: [first.group, second.group],
        current,
        desired,
        large: Math.abs(current) >= LARGE_PERCEPTION_DIFFERENCE - EPSILON,
      },
    ];
  });
}

/**
 * Whether the measurement asked both groups of any pair: without the team (or without anyone to
 * compare it with) there is nothing to compare, whatever the number of responses.
 */
export function perceptionAsked(asked: readonly RespondentGroup[]): boolean {
  return PERCEPTION_PAIRS.some(([a, b]) => asked.includes(a) && asked.includes(b));
}
