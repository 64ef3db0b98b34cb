/**
 * The fair allocation's view of its input: slots by index, families in seeded random order,
 * per child the slots that are allowed (and which are preferred), the possible combinations
 * of each family with several children, and per pool of teachers the one-child families as a
 * matching problem. A child can have the conversation with any teacher of its group (duo
 * groups have two), so teachers who share a group share one pool.
 */
import type { Edge } from "./matching.js";
import { tierFor } from "./preferences.js";
import type { PreferenceMark, UnmarkedMeans } from "./preferences.js";
import { seededRandom, shuffled } from "./random.js";
import { isBackToBack, walkSequences } from "./sequences.js";
import type { GapRules, Lane, Step } from "./sequences.js";

/** Caps on the combinations considered per family (back to back first, then spread out). */
const MAX_BACK_TO_BACK_OPTIONS = 400;
const MAX_SPREAD_OPTIONS = 100;

export interface ModelInput {
  /** The free slots of the round. */
  slots: readonly { id: string; teacherId: string; start: Date; end: Date }[];
  families: readonly {
    familyId: string;
    /** Per child the teachers it can talk with: those of its group. */
    children: readonly { childId: string; teacherIds: readonly string[] }[];
    marks: readonly PreferenceMark[];
  }[];
  seed: string | number;
  rules: GapRules;
  unmarked: UnmarkedMeans;
}

export interface ModelSlot {
  index: number;
  id: string;
  teacherId: string;
  start: number;
  end: number;
}

export interface ModelChild {
  childId: string;
  teacherIds: readonly string[];
  /** Allowed slots, by start. */
  lane: ModelSlot[];
  preferred: ReadonlySet<number>;
}

export interface ModelFamily {
  familyId: string;
  children: ModelChild[];
}

/** One way to place a family with several children: a slot index per child, in child order. */
export interface FamilyOption {
  slots: number[];
  backToBack: boolean;
  preferred: number;
}

export interface SiblingFamily extends ModelFamily {
  options: FamilyOption[];
}

/** The one-child families of a pool of teachers; edges point into `slots` (positions, not indexes). */
export interface SinglesPool {
  slots: number[];
  families: ModelFamily[];
  edges: Edge[][];
}

export interface AllocationModel {
  slots: ModelSlot[];
  /** Every family, in the seeded random order that breaks ties. */
  families: ModelFamily[];
  siblings: SiblingFamily[];
  pools: SinglesPool[];
  childCount: number;
}

export function buildModel(input: ModelInput): AllocationModel {
  assertUnique(
    input.slots.map((s) => s.id),
    "slot",
  );
  assertUnique(
    input.families.map((f) => f.familyId),
    "family",
  );
  if (input.families.some((f) => f.children.length === 0)) throw new Error("Each family needs a child.");
  const slots = [...input.slots]
    .sort((a, b) => a.start.getTime() - b.start.getTime() || cmp(a.teacherId, b.teacherId) || cmp(a.id, b.id))
    .map((s, index) => ({ index, id: s.id, teacherId: s.teacherId, start: s.start.getTime(), end: s.end.getTime() }));
  // Sorting first makes the result independent of the order families signed up in.
  const ordered = [...input.families].sort((a, b) => cmp(a.familyId, b.familyId));
  const families = shuffled(ordered, seededRandom(input.seed)).map((family) => ({
    familyId: family.familyId,
    children: [...family.children]
      .sort((a, b) => cmp(a.childId, b.childId))
      .map((child) => modelChild(child, family.marks, slots, input.unmarked)),
  }));
  const siblings = families
    .filter((f) => f.children.length > 1)
    .map((f) => ({ ...f, options: familyOptions(f, input.rules) }));
  const pools = singlesByPool(
    families.filter((f) => f.children.length === 1),
    slots,
  );
  return { slots, families, siblings, pools, childCount: families.reduce((n, f) => n + f.children.length, 0) };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function assertUnique(ids: readonly string[], what: string): void {
  if (new Set(ids).size !== ids.length) throw new Error(`Each ${what} needs a unique id.`);
}

function modelChild(
  child: { childId: string; teacherIds: readonly string[] },
  marks: readonly PreferenceMark[],
  slots: readonly ModelSlot[],
  unmarked: UnmarkedMeans,
): ModelChild {
  const tier = tierFor(child.childId, marks, unmarked);
  const lane: ModelSlot[] = [];
  const preferred = new Set<number>();
  for (const slot of slots) {
    if (!child.teacherIds.includes(slot.teacherId)) continue;
    const t = tier(slot);
    if (t === "unavailable") continue;
    lane.push(slot);
    if (t === "preferred") preferred.add(slot.index);
  }
  return { ...child, lane, preferred };
}

/** Back-to-back combinations first; then, in case those all get taken, spread-out ones. */
function familyOptions(family: ModelFamily, rules: GapRules): FamilyOption[] {
  const lanes: Lane<ModelSlot>[] = family.children.map((c) => ({ slots: c.lane }));
  const options: FamilyOption[] = [];
  const collect = (backToBack: boolean, cap: number) => (steps: readonly Step<ModelSlot>[]) => {
    if (!backToBack && isBackToBack(steps, rules)) return true;
    const slots: number[] = [];
    for (const step of steps) slots[step.lane] = step.slot.index;
    const preferred = family.children.filter((c, i) => c.preferred.has(slots[i] as number)).length;
    options.push({ slots, backToBack, preferred });
    return options.length < cap;
  };
  walkSequences({ lanes, rules, visit: collect(true, MAX_BACK_TO_BACK_OPTIONS) });
  const spreadCap = options.length + MAX_SPREAD_OPTIONS;
  walkSequences({ lanes, rules: { ...rules, toleranceMs: Infinity }, visit: collect(false, spreadCap) });
  return options;
}

/** Teachers linked through a child who can talk with either of them form one pool. */
function singlesByPool(singles: readonly ModelFamily[], slots: readonly ModelSlot[]): SinglesPool[] {
  const link = new Map<string, string>();
  const root = (teacherId: string): string => {
    const up = link.get(teacherId) ?? teacherId;
    return up === teacherId ? up : root(up);
  };
  for (const family of singles) {
    const [first, ...others] = family.children[0]?.lane ?? [];
    for (const slot of others)
      if (first && root(slot.teacherId) !== root(first.teacherId))
        link.set(root(slot.teacherId), root(first.teacherId));
  }
  const pools = new Map<string, SinglesPool>();
  const position = new Map<number, number>();
  for (const slot of slots) {
    const pool = pools.get(root(slot.teacherId)) ?? { slots: [], families: [], edges: [] };
    position.set(slot.index, pool.slots.length);
    pool.slots.push(slot.index);
    pools.set(root(slot.teacherId), pool);
  }
  for (const family of singles) {
    const child = family.children[0];
    const first = child?.lane[0];
    const pool = first && pools.get(root(first.teacherId));
    if (!child || !pool) continue;
    pool.families.push(family);
    pool.edges.push(
      child.lane.map((slot) => ({
        right: position.get(slot.index) ?? -1,
        cost: child.preferred.has(slot.index) ? 0 : 1,
      })),
    );
  }
  return [...pools.values()].filter((p) => p.families.length > 0);
}
