/**
 * Fair allocation of a conversation round: after the preference window, place all families at
 * once. Goals, in order: (1) as many families placed completely (every child one slot with
 * their own teacher), (2) as many families with several children back to back, (3) as many
 * conversations on preferred times. Ties are broken by a seeded random order, never by
 * sign-up order. See docs/conversations-fair-allocation.md.
 */
import { buildModel } from "./allocation-model.js";
import type { AllocationModel, ModelInput } from "./allocation-model.js";
import { searchAllocation } from "./allocation-search.js";
import { minCostMatching } from "./matching.js";
import type { UnmarkedMeans } from "./preferences.js";

export type { PreferenceMark, UnmarkedMeans } from "./preferences.js";

/** The round's free slots and its families, as the model takes them, and how to place them. */
export interface AllocationInput extends Pick<ModelInput, "slots" | "families"> {
  settings: {
    /** Same seed, same input: same result. Store it with the round so the result can be explained. */
    seed: string | number;
    bufferMinutes: number;
    toleranceMinutes: number;
    /** Default "unavailable": open times do not count once a family marked a time "yes". */
    unmarked?: UnmarkedMeans;
    /** Work budget of the search (default 20,000); past it the best allocation found is used. */
    searchBudget?: number;
  };
}

export interface Placement {
  familyId: string;
  childId: string;
  slotId: string;
  preferred: boolean;
}

/**
 * noSuitableTime: even in an empty round no allowed time (or combination) fits; tooFewTimes:
 * every time of a child's teachers was given to someone; conflicts: the times that fit were
 * needed for others while other times stayed free.
 */
export type UnplacedReason = "noSuitableTime" | "tooFewTimes" | "conflicts";

export interface AllocationStats {
  families: number;
  familiesPlaced: number;
  children: number;
  childrenPlaced: number;
  preferredPlacements: number;
  /** Share of placed conversations on a preferred time, 0 to 1. */
  preferredShare: number;
  siblingFamilies: number;
  siblingFamiliesBackToBack: number;
  /** True when the search proved that no better allocation exists. */
  optimal: boolean;
}

export interface AllocationResult {
  placements: Placement[];
  unplaced: { familyId: string; reason: UnplacedReason }[];
  stats: AllocationStats;
}

const MINUTE_MS = 60_000;

/** Places all families at once; deterministic for a given seed. */
export function allocateFairly(input: AllocationInput): AllocationResult {
  const { settings } = input;
  const model = buildModel({
    slots: input.slots,
    families: input.families,
    seed: settings.seed,
    unmarked: settings.unmarked ?? "unavailable",
    rules: { bufferMs: settings.bufferMinutes * MINUTE_MS, toleranceMs: settings.toleranceMinutes * MINUTE_MS },
  });
  const outcome = searchAllocation(model, settings.searchBudget ?? 20_000);
  const byFamily = new Map<string, Placement[]>();
  const add = (familyId: string, childId: string, slot: number, preferred: boolean) => {
    const placement = { familyId, childId, slotId: model.slots[slot]?.id ?? "", preferred };
    byFamily.set(familyId, [...(byFamily.get(familyId) ?? []), placement]);
  };
  let backToBack = 0;
  outcome.choice.forEach((optionIndex, i) => {
    const family = model.siblings[i];
    const option = family?.options[optionIndex];
    if (!family || !option) return;
    if (option.backToBack) backToBack += 1;
    family.children.forEach((child, c) => {
      const slot = option.slots[c] as number;
      add(family.familyId, child.childId, slot, child.preferred.has(slot));
    });
  });
  placeSingles(model, outcome.choice, add);
  return summarise(model, byFamily, backToBack, outcome.optimal);
}

function placeSingles(
  model: AllocationModel,
  choice: readonly number[],
  add: (familyId: string, childId: string, slot: number, preferred: boolean) => void,
): void {
  const taken = new Set(choice.flatMap((o, i) => model.siblings[i]?.options[o]?.slots ?? []));
  for (const pool of model.pools) {
    const matching = minCostMatching(pool.edges, pool.slots.length, (p) => taken.has(pool.slots[p] ?? -1));
    pool.families.forEach((family, i) => {
      const slot = pool.slots[matching.rightOf[i] ?? -1];
      const child = family.children[0];
      if (slot !== undefined && child) add(family.familyId, child.childId, slot, child.preferred.has(slot));
    });
  }
}

function summarise(
  model: AllocationModel,
  byFamily: ReadonlyMap<string, Placement[]>,
  backToBack: number,
  optimal: boolean,
): AllocationResult {
  const optionsOf = new Map(model.siblings.map((f) => [f.familyId, f.options.length]));
  const placements: Placement[] = [];
  const unplaced: AllocationResult["unplaced"] = [];
  const used = new Set([...byFamily.values()].flat().map((p) => p.slotId));
  for (const family of [...model.families].sort((a, b) => (a.familyId < b.familyId ? -1 : 1))) {
    const placed = byFamily.get(family.familyId);
    if (placed) {
      placements.push(...placed.sort((a, b) => (a.childId < b.childId ? -1 : 1)));
      continue;
    }
    const possible =
      family.children.length > 1 ? (optionsOf.get(family.familyId) ?? 0) > 0 : family.children[0]?.lane.length;
    const full = family.children.some((child) =>
      model.slots.every((slot) => !child.teacherIds.includes(slot.teacherId) || used.has(slot.id)),
    );
    unplaced.push({
      familyId: family.familyId,
      reason: !possible ? "noSuitableTime" : full ? "tooFewTimes" : "conflicts",
    });
  }
  const preferredPlacements = placements.filter((p) => p.preferred).length;
  return {
    placements,
    unplaced,
    stats: {
      families: model.families.length,
      familiesPlaced: model.families.length - unplaced.length,
      children: model.childCount,
      childrenPlaced: placements.length,
      preferredPlacements,
      preferredShare: placements.length === 0 ? 0 : preferredPlacements / placements.length,
      siblingFamilies: model.siblings.length,
      siblingFamiliesBackToBack: backToBack,
      optimal,
    },
  };
}
