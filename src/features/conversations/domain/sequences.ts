/**
 * The walk behind sibling combinations: one conversation per child, one after another, with
 * the walking buffer between different teachers. Shared by the booking offer (siblings.ts)
 * and the fair allocation, so both judge "back to back" the same way.
 */

/** A teacher's conversation with a start and end in epoch milliseconds. */
export interface Timed {
  teacherId: string;
  start: number;
  end: number;
}

/** The slots one child can have (with the child's teacher, or either teacher of a duo group), sorted by start. */
export interface Lane<S extends Timed> {
  slots: readonly S[];
}

export interface Step<S extends Timed> {
  lane: number;
  slot: S;
}

export interface GapRules {
  /** Walking time between conversations with different teachers; none with the same teacher. */
  bufferMs: number;
  /** Extra waiting allowed on top of that; Infinity accepts any later slot. */
  toleranceMs: number;
}

/** The least gap needed between two conversations in a row. */
function requiredGapMs(previousTeacher: string, nextTeacher: string, bufferMs: number): number {
  return previousTeacher === nextTeacher ? 0 : bufferMs;
}

/** The first index whose slot starts at or after `time`. */
function firstFrom<S extends Timed>(slots: readonly S[], time: number): number {
  let [low, high] = [0, slots.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((slots[middle] as S).start < time) low = middle + 1;
    else high = middle;
  }
  return low;
}

export interface SequenceWalk<S extends Timed> {
  lanes: readonly Lane<S>[];
  rules: GapRules;
  /** Called for each complete sequence (in time order); return false to stop the walk. */
  visit: (steps: readonly Step<S>[]) => boolean | void;
  /** Return true to skip everything that starts with these steps. */
  prune?: (steps: readonly Step<S>[]) => boolean;
}

/** Whether `next` may follow `previous`: at least the gap, and at most the gap plus the tolerance. */
function follows(previous: Timed, next: Timed, rules: GapRules): boolean {
  const wait = next.start - previous.end - requiredGapMs(previous.teacherId, next.teacherId, rules.bufferMs);
  return wait >= 0 && wait <= rules.toleranceMs;
}

/**
 * Visits every time-ordered sequence taking one slot from each lane, where each next slot
 * starts within [gap, gap + tolerance] after the previous one ends. Only slots in that window
 * are looked at (binary search per lane), so the walk never forms the full cartesian product.
 * Lanes that share the same slots array are interchangeable (two children with one teacher
 * and the same options): they are taken in lane order only, so each combination appears once.
 */
export function walkSequences<S extends Timed>({ lanes, rules, visit, prune }: SequenceWalk<S>): void {
  const steps: Step<S>[] = [];
  const placed = lanes.map(() => false);
  let stopped = false;

  const waitsForTwin = (lane: number) =>
    lanes.some((other, index) => index < lane && !placed[index] && other.slots === lanes[lane]?.slots);

  const extend = (): void => {
    if (steps.length === lanes.length) {
      stopped = visit(steps) === false;
      return;
    }
    const previous = steps.at(-1);
    for (let lane = 0; lane < lanes.length && !stopped; lane++) {
      const { slots } = lanes[lane] as Lane<S>;
      if (placed[lane] || waitsForTwin(lane)) continue;
      // The window holds every gap (none with the same teacher, the buffer with another one).
      const from = previous ? previous.slot.end : -Infinity;
      const to = previous ? from + rules.bufferMs + rules.toleranceMs : Infinity;
      placed[lane] = true;
      for (let i = firstFrom(slots, from); i < slots.length && !stopped; i++) {
        const slot = slots[i] as S;
        if (slot.start > to) break;
        if (previous && !follows(previous.slot, slot, rules)) continue;
        steps.push({ lane, slot });
        if (!prune?.(steps)) extend();
        steps.pop();
      }
      placed[lane] = false;
    }
  };
  if (lanes.length > 0) extend();
}

/** Whether every gap in a time-ordered sequence stays within the tolerance (back to back). */
export function isBackToBack<S extends Timed>(steps: readonly Step<S>[], rules: GapRules): boolean {
  return steps.every((step, i) => {
    const previous = steps[i - 1];
    return !previous || follows(previous.slot, step.slot, rules);
  });
}
