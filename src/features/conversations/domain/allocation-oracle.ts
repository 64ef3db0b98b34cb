/**
 * Test oracle for the fair allocation (used by the tests only): the best possible outcome
 * found by trying every allocation, and a checker that an allocation keeps every rule. It
 * shares nothing with the algorithm except the meaning of the marks (preferences.ts).
 */
import type { AllocationInput, AllocationResult } from "./fair-allocation.js";
import { tierFor } from "./preferences.js";

export interface Objective {
  familiesPlaced: number;
  backToBack: number;
  preferred: number;
}

type Slot = AllocationInput["slots"][number];
type Family = AllocationInput["families"][number];

interface Option {
  slotIds: string[];
  backToBack: boolean;
  preferred: number;
}

const better = (a: Objective, b: Objective) =>
  a.familiesPlaced - b.familiesPlaced || a.backToBack - b.backToBack || a.preferred - b.preferred;

/** The gaps in one family's evening: null when the conversations overlap or leave too little walking time. */
function evening(input: AllocationInput, slots: Slot[]): { backToBack: boolean } | null {
  const sorted = [...slots].sort((a, b) => a.start.getTime() - b.start.getTime());
  let backToBack = true;
  for (let i = 1; i < sorted.length; i++) {
    const [previous, next] = [sorted[i - 1] as Slot, sorted[i] as Slot];
    const needed = previous.teacherId === next.teacherId ? 0 : input.settings.bufferMinutes;
    const gap = (next.start.getTime() - previous.end.getTime()) / 60_000;
    if (gap < needed) return null;
    if (gap > needed + input.settings.toleranceMinutes) backToBack = false;
  }
  return { backToBack };
}

function optionsOf(input: AllocationInput, family: Family): Option[] {
  const unmarked = input.settings.unmarked ?? "unavailable";
  const perChild = family.children.map((child) => {
    const tier = tierFor(child.childId, family.marks, unmarked);
    return input.slots
      .filter((s) => child.teacherIds.includes(s.teacherId) && tier(s) !== "unavailable")
      .map((s) => ({ slot: s, preferred: tier(s) === "preferred" }));
  });
  let combos: { slot: Slot; preferred: boolean }[][] = [[]];
  for (const choices of perChild) combos = combos.flatMap((combo) => choices.map((choice) => [...combo, choice]));
  return combos.flatMap((combo) => {
    const shape = evening(
      input,
      combo.map((c) => c.slot),
    );
    if (!shape) return [];
    return [
      {
        slotIds: combo.map((c) => c.slot.id),
        backToBack: family.children.length > 1 && shape.backToBack,
        preferred: combo.filter((c) => c.preferred).length,
      },
    ];
  });
}

/** The best objective over every allocation (exponential: tiny instances only). */
export function bruteForceBest(input: AllocationInput): Objective {
  const options = input.families.map((family) => optionsOf(input, family));
  const used = new Set<string>();
  let best: Objective = { familiesPlaced: 0, backToBack: 0, preferred: 0 };
  const walk = (index: number, score: Objective): void => {
    if (score.familiesPlaced + (options.length - index) < best.familiesPlaced) return;
    if (index === options.length) {
      if (better(score, best) > 0) best = score;
      return;
    }
    for (const option of options[index] ?? []) {
      if (option.slotIds.some((id) => used.has(id))) continue;
      option.slotIds.forEach((id) => used.add(id));
      walk(index + 1, {
        familiesPlaced: score.familiesPlaced + 1,
        backToBack: score.backToBack + (option.backToBack ? 1 : 0),
        preferred: score.preferred + option.preferred,
      });
      option.slotIds.forEach((id) => used.delete(id));
    }
    walk(index + 1, score);
  };
  walk(0, best);
  return best;
}

/** The objective an allocation reaches. */
export function objectiveOf(result: AllocationResult): Objective {
  return {
    familiesPlaced: result.stats.familiesPlaced,
    backToBack: result.stats.siblingFamiliesBackToBack,
    preferred: result.stats.preferredPlacements,
  };
}

/** Every rule an allocation must keep; returns what is broken (empty when all is well). */
export function brokenRules(input: AllocationInput, result: AllocationResult): string[] {
  const problems: string[] = [];
  const slotById = new Map(input.slots.map((s) => [s.id, s]));
  const seen = new Set<string>();
  for (const p of result.placements) {
    if (seen.has(p.slotId)) problems.push(`slot ${p.slotId} given twice`);
    seen.add(p.slotId);
  }
  let backToBack = 0;
  for (const family of input.families) {
    const mine = result.placements.filter((p) => p.familyId === family.familyId);
    const unplaced = result.unplaced.some((u) => u.familyId === family.familyId);
    if (unplaced !== (mine.length === 0)) problems.push(`family ${family.familyId} both placed and not`);
    if (mine.length === 0) continue;
    if (mine.length !== family.children.length) problems.push(`family ${family.familyId} placed in part`);
    const slots: Slot[] = [];
    for (const child of family.children) {
      const placement = mine.find((p) => p.childId === child.childId);
      const slot = placement && slotById.get(placement.slotId);
      if (!placement || !slot) continue;
      slots.push(slot);
      const tier = tierFor(child.childId, family.marks, input.settings.unmarked ?? "unavailable")(slot);
      if (!child.teacherIds.includes(slot.teacherId)) problems.push(`child ${child.childId} with the wrong teacher`);
      if (tier === "unavailable") problems.push(`child ${child.childId} at a time marked unavailable`);
      if (placement.preferred !== (tier === "preferred")) problems.push(`child ${child.childId} preferred flag wrong`);
    }
    const shape = evening(input, slots);
    if (!shape) problems.push(`family ${family.familyId} has overlapping conversations`);
    if (shape?.backToBack && family.children.length > 1) backToBack += 1;
  }
  if (backToBack !== result.stats.siblingFamiliesBackToBack) problems.push("back-to-back count wrong");
  return problems;
}
