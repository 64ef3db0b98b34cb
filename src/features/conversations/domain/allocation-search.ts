/**
 * The search behind the fair allocation. Families with several children are decided one by
 * one (fewest possible combinations first) by depth-first branch and bound; for every partial
 * decision the one-child families of each teacher are matched exactly (min-cost matching), so
 * the bound "what is decided + the best each undecided family could still add + the best
 * matching of the one-child families on the slots still free" never underestimates. The first
 * descent is a good greedy answer; the search then proves it optimal or improves it, within a
 * work budget.
 */
import type { AllocationModel } from "./allocation-model.js";
import { minCostMatching } from "./matching.js";

/** Lexicographic goals as one number: families placed ≫ sibling families back to back ≫ preferred times. */
interface Weights {
  family: number;
  backToBack: number;
}

function objectiveWeights(model: AllocationModel): Weights {
  const backToBack = model.childCount + 1;
  return { backToBack, family: backToBack * model.siblings.length + model.childCount + 1 };
}

/** How many options per node get their exact cost to the one-child families computed. */
const EXACT_LOOKAHEAD = 8;

interface TeacherValue {
  value: number;
  /** Slot indexes the one-child families use in this matching. */
  matched: ReadonlySet<number>;
}

/** Best matching value of a teacher's one-child families, given the slots siblings took; cached. */
class SinglesValues {
  private readonly cache = new Map<string, TeacherValue>();
  computed = 0;

  constructor(
    private readonly model: AllocationModel,
    private readonly weights: Weights,
  ) {}

  of(teacher: number, taken: ReadonlySet<number>): TeacherValue {
    const key = `${teacher}:${[...taken].sort((a, b) => a - b).join(",")}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    if (this.cache.size > 200_000) this.cache.clear();
    const { edges, slots } = this.model.pools[teacher] ?? { edges: [], slots: [] };
    const matching = minCostMatching(edges, slots.length, (position) => taken.has(slots[position] ?? -1));
    const matched = new Set<number>();
    for (const position of matching.rightOf) if (position !== -1) matched.add(slots[position] ?? -1);
    const result = { value: matching.size * this.weights.family + matching.size - matching.cost, matched };
    this.computed += 1;
    this.cache.set(key, result);
    return result;
  }
}

export interface SearchOutcome {
  /** Per sibling family (model order): the chosen option index, or -1 for not placed. */
  choice: number[];
  /** True when the search finished: no better allocation exists. */
  optimal: boolean;
}

/** The best choice of combination per family with several children (see the top of this file). */
export function searchAllocation(model: AllocationModel, budget: number): SearchOutcome {
  const search = new BranchAndBound(model, budget);
  search.visit(0);
  return { choice: search.best?.choice ?? search.choice, optimal: !search.exhausted };
}

class BranchAndBound {
  private readonly singles: SinglesValues;
  private readonly teacherOf: Int32Array;
  private readonly used: Uint8Array;
  /** Per teacher with one-child families: the slots families with several children took. */
  private readonly taken: Set<number>[];
  private readonly current: TeacherValue[];
  private readonly values: number[][];
  private readonly maxValue: number[];
  private readonly order: number[];
  private readonly byValue: number[][];
  private singlesTotal: number;
  private decided = 0;
  private remaining: number;
  private nodes = 0;
  readonly choice: number[];
  best: { value: number; choice: number[] } | null = null;
  exhausted = false;

  constructor(
    private readonly model: AllocationModel,
    private readonly budget: number,
  ) {
    const weights = objectiveWeights(model);
    this.singles = new SinglesValues(model, weights);
    this.teacherOf = new Int32Array(model.slots.length).fill(-1);
    model.pools.forEach((t, i) => t.slots.forEach((slot) => (this.teacherOf[slot] = i)));
    this.used = new Uint8Array(model.slots.length);
    this.taken = model.pools.map(() => new Set<number>());
    this.current = this.taken.map((taken, t) => this.singles.of(t, taken));
    this.singlesTotal = this.current.reduce((sum, c) => sum + c.value, 0);
    this.values = model.siblings.map((f) =>
      f.options.map((o) => weights.family + (o.backToBack ? weights.backToBack : 0) + o.preferred),
    );
    this.maxValue = this.values.map((v) => Math.max(0, ...v));
    // Most constrained first; equals keep the seeded random order.
    this.order = this.values
      .map((_, i) => i)
      .filter((i) => (this.values[i]?.length ?? 0) > 0)
      .sort((a, b) => (this.values[a]?.length ?? 0) - (this.values[b]?.length ?? 0) || a - b);
    // Each family's options by their own value, best first (stable, so earliest time first).
    this.byValue = this.values.map((v) => v.map((_, i) => i).sort((a, b) => (v[b] ?? 0) - (v[a] ?? 0)));
    this.remaining = this.order.reduce((sum, f) => sum + (this.maxValue[f] ?? 0), 0);
    this.choice = model.siblings.map(() => -1);
  }

  visit(depth: number): void {
    this.nodes += 1;
    if (this.best && this.nodes + this.singles.computed > this.budget) {
      this.exhausted = true;
      return;
    }
    const bound = this.decided + this.remaining + this.singlesTotal;
    if (this.best && bound <= this.best.value) return;
    const family = this.order[depth];
    if (family === undefined) {
      this.best = { value: this.decided + this.singlesTotal, choice: [...this.choice] };
      return;
    }
    this.remaining -= this.maxValue[family] ?? 0;
    for (const option of this.ranked(family)) {
      if (option === -1) this.visit(depth + 1);
      else {
        this.apply(family, option, 1);
        this.visit(depth + 1);
        this.apply(family, option, -1);
      }
      if (this.exhausted) break;
    }
    this.remaining += this.maxValue[family] ?? 0;
  }

  private slotsOf(family: number, option: number): readonly number[] {
    return this.model.siblings[family]?.options[option]?.slots ?? [];
  }

  /** Takes (sign 1) or gives back (sign -1) an option's slots, updating the one-child matchings. */
  private apply(family: number, option: number, sign: 1 | -1): void {
    const touched = new Set<number>();
    for (const slot of this.slotsOf(family, option)) {
      this.used[slot] = sign === 1 ? 1 : 0;
      const t = this.teacherOf[slot] as number;
      if (t === -1) continue;
      if (sign === 1) this.taken[t]?.add(slot);
      else this.taken[t]?.delete(slot);
      touched.add(t);
    }
    for (const t of touched) {
      const next = this.singles.of(t, this.taken[t] as Set<number>);
      this.singlesTotal += next.value - (this.current[t]?.value ?? 0);
      this.current[t] = next;
    }
    this.decided += sign * (this.values[family]?.[option] ?? 0);
    this.choice[family] = sign === 1 ? option : -1;
  }

  /** What placing this option costs the one-child families of the teachers involved. */
  private harm(family: number, option: number): number {
    const extra = new Map<number, number[]>();
    for (const slot of this.slotsOf(family, option)) {
      const t = this.teacherOf[slot] as number;
      if (t !== -1) extra.set(t, [...(extra.get(t) ?? []), slot]);
    }
    let total = 0;
    for (const [t, slots] of extra) {
      const before = this.current[t] as TeacherValue;
      // Slots the best matching does not use can go without loss.
      if (!slots.some((slot) => before.matched.has(slot))) continue;
      total += before.value - this.singles.of(t, new Set([...(this.taken[t] ?? []), ...slots])).value;
    }
    return total;
  }

  /**
   * The order to try: the first few free options by their value minus their harm, with
   * "leave this family out" (worth 0) among them, then the other free options by value.
   */
  private ranked(family: number): number[] {
    const free = (this.byValue[family] ?? []).filter((o) => this.slotsOf(family, o).every((s) => this.used[s] === 0));
    const scored = free
      .slice(0, EXACT_LOOKAHEAD)
      .map((o) => ({ o, key: (this.values[family]?.[o] ?? 0) - this.harm(family, o) }));
    scored.push({ o: -1, key: 0 });
    scored.sort((a, b) => b.key - a.key);
    return [...scored.map((s) => s.o), ...free.slice(EXACT_LOOKAHEAD)];
  }
}
