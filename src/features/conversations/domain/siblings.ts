/**
 * Sibling combinations: a family with several children books all conversations in one go,
 * back to back with a short walking buffer between different teachers. This lists the best
 * combinations of free slots, shortest evening first.
 */
import { z } from "zod";
import { walkSequences } from "./sequences.js";
import type { Lane, Step, Timed } from "./sequences.js";

const MINUTE_MS = 60_000;

/** Round settings for sibling combinations. Messages are catalog keys. */
export const siblingSettingsSchema = z.object({
  bufferMinutes: z.coerce.number().int().min(0, "conversations.error.buffer").max(60, "conversations.error.buffer"),
  toleranceMinutes: z.coerce
    .number()
    .int()
    .min(0, "conversations.error.tolerance")
    .max(120, "conversations.error.tolerance"),
});
export type SiblingSettings = z.output<typeof siblingSettingsSchema>;

export interface FreeSlot {
  id: string;
  teacherId: string;
  start: Date;
  end: Date;
}

export interface SiblingChild {
  childId: string;
  teacherId: string;
}

export interface Combination {
  /** One conversation per child, in time order. */
  placements: { childId: string; slot: FreeSlot }[];
  start: Date;
  end: Date;
  spanMinutes: number;
}

interface TimedSlot extends Timed {
  slot: FreeSlot;
}

function compareCombinations(a: Combination, b: Combination): number {
  return a.spanMinutes - b.spanMinutes || a.start.getTime() - b.start.getTime() || idsOf(a).localeCompare(idsOf(b));
}

function idsOf(combination: Combination): string {
  return combination.placements.map((p) => `${p.childId}=${p.slot.id}`).join(",");
}

/**
 * The best `limit` combinations: each child once, with their own teacher, each next
 * conversation starting between `bufferMinutes` (0 with the same teacher) and that plus
 * `toleranceMinutes` after the previous one ends. Ranked by total span, then earliest start.
 * Children who share a teacher are interchangeable, so their swapped twin is not listed.
 */
export function findSiblingCombinations(input: {
  children: readonly SiblingChild[];
  freeSlots: readonly FreeSlot[];
  settings: SiblingSettings;
  limit: number;
}): Combination[] {
  const { children, settings, limit } = input;
  const laneOf = teacherLanes(input.freeSlots);
  const lanes: Lane<TimedSlot>[] = children.map((c) => ({ slots: laneOf(c.teacherId) }));
  if (limit < 1 || lanes.some((lane) => lane.slots.length === 0)) return [];
  // The shortest possible conversation per lane, for a lower bound on a partial sequence's span.
  const shortest = lanes.map((lane) => Math.min(...lane.slots.map((s) => s.end - s.start)));
  const best: Combination[] = [];

  const lowerBoundMinutes = (steps: readonly Step<TimedSlot>[]) => {
    const placed = new Set(steps.map((s) => s.lane));
    const rest = shortest.reduce((sum, ms, lane) => (placed.has(lane) ? sum : sum + ms), 0);
    const first = steps[0]?.slot.start ?? 0;
    return ((steps.at(-1)?.slot.end ?? first) - first + rest) / MINUTE_MS;
  };

  walkSequences({
    lanes,
    rules: { bufferMs: settings.bufferMinutes * MINUTE_MS, toleranceMs: settings.toleranceMinutes * MINUTE_MS },
    prune: (steps) => best.length >= limit && lowerBoundMinutes(steps) > (best.at(-1)?.spanMinutes ?? Infinity),
    visit: (steps) => {
      const combination = toCombination(steps, children);
      const at = best.findIndex((other) => compareCombinations(combination, other) < 0);
      best.splice(at === -1 ? best.length : at, 0, combination);
      if (best.length > limit) best.pop();
    },
  });
  return best;
}

function teacherLanes(freeSlots: readonly FreeSlot[]): (teacherId: string) => TimedSlot[] {
  const lanes = new Map<string, TimedSlot[]>();
  for (const slot of freeSlots) {
    const lane = lanes.get(slot.teacherId) ?? [];
    lane.push({ teacherId: slot.teacherId, start: slot.start.getTime(), end: slot.end.getTime(), slot });
    lanes.set(slot.teacherId, lane);
  }
  for (const lane of lanes.values()) lane.sort((a, b) => a.start - b.start || a.slot.id.localeCompare(b.slot.id));
  // One shared (possibly empty) array per teacher: lanes with the same array are interchangeable.
  return (teacherId) => {
    if (!lanes.has(teacherId)) lanes.set(teacherId, []);
    return lanes.get(teacherId) ?? [];
  };
}

function toCombination(steps: readonly Step<TimedSlot>[], children: readonly SiblingChild[]): Combination {
  const first = steps[0]?.slot.start ?? 0;
  const last = steps.at(-1)?.slot.end ?? first;
  return {
    placements: steps.map((step) => ({ childId: children[step.lane]?.childId ?? "", slot: step.slot.slot })),
    start: new Date(first),
    end: new Date(last),
    spanMinutes: (last - first) / MINUTE_MS,
  };
}
