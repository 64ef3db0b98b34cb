import { describe, expect, it } from "vitest";
import { anonymityThreshold, disclosure, type GroupCount } from "./anonymity.js";

/** A group of respondents, with the subgroups it contains. */
const group = (id: string, respondents: number, ...children: GroupCount[]): GroupCount =>
  children.length ? { id, respondents, children } : { id, respondents };

const shown = (root: GroupCount, threshold?: number) =>
  [...disclosure(root, threshold)].filter(([, v]) => v.visible).map(([id]) => id);
const hiddenBecause = (root: GroupCount, id: string) => {
  const visibility = disclosure(root).get(id);
  return visibility && !visibility.visible ? visibility.reason : "visible";
};

/**
 * An independent check: give every respondent a number, and try every sum and
 * difference of shown cells (coefficients -1, 0, 1). Whenever that describes
 * a set of people, it must be empty or hold at least the threshold.
 */
function smallestDerivableGroup(root: GroupCount, visibleIds = shown(root)): number {
  const members = new Map<string, number[]>();
  let next = 0;
  const assign = (cell: GroupCount): number[] => {
    const own = (cell.children ?? []).flatMap(assign);
    const rest = Array.from({ length: cell.respondents - own.length }, () => next++);
    members.set(cell.id, [...own, ...rest]);
    return [...own, ...rest];
  };
  assign(root);
  const visible = visibleIds.map((id) => members.get(id)!);
  let smallest = Infinity;
  const combine = (index: number, vector: Map<number, number>) => {
    if (index === visible.length) {
      const values = [...vector.values()].filter((v) => v !== 0);
      if (values.length && values.every((v) => v === 1)) smallest = Math.min(smallest, values.length);
      return;
    }
    for (const sign of [-1, 0, 1]) {
      const v = new Map(vector);
      for (const person of visible[index]!) v.set(person, (v.get(person) ?? 0) + sign);
      combine(index + 1, v);
    }
  };
  combine(0, new Map());
  return smallest;
}

describe("the anonymity threshold", () => {
  it("is 5 by default, may be raised, and is never below 5", () => {
    expect(anonymityThreshold()).toBe(5);
    expect(anonymityThreshold(8)).toBe(8);
    expect(() => anonymityThreshold(4)).toThrow(RangeError);
    expect(() => anonymityThreshold(0)).toThrow(RangeError);
    expect(() => anonymityThreshold(5.5)).toThrow(RangeError);
    expect(() => disclosure({ id: "parents", respondents: 40 }, 3)).toThrow(RangeError);
  });

  it("hides a group of fewer respondents than the threshold", () => {
    expect(disclosure({ id: "parents", respondents: 4 }).get("parents")).toEqual({ visible: false, reason: "too-few" });
    expect(shown({ id: "parents", respondents: 5 })).toEqual(["parents"]);
    expect(shown({ id: "parents", respondents: 7 }, 8)).toEqual([]);
  });
});

describe("protection against subtraction", () => {
  it("hides group 7 (19) when the school has 23 parents: the other 4 would follow", () => {
    const school = group("school", 23, group("g5", 2), group("g6", 2), group("g7", 19));
    expect(shown(school)).toEqual(["school"]);
    expect(hiddenBecause(school, "g7")).toBe("protects-others");
    expect(hiddenBecause(school, "g5")).toBe("too-few");
  });

  it("counts respondents without a subgroup as part of what subtraction would reveal", () => {
    const school = group("school", 23, group("g7", 19));
    expect(shown(school)).toEqual(["school"]);
  });

  it("shows a subgroup when the rest is empty or large enough", () => {
    expect(shown(group("school", 19, group("g7", 19)))).toEqual(["school", "g7"]);
    const school = group("school", 30, group("g7", 19), group("g4", 3), group("g5", 4), group("g6", 4));
    expect(shown(school)).toEqual(["school", "g7"]);
  });

  it("hides the next-smallest subgroup, not a larger one", () => {
    const school = group("school", 30, group("a", 12), group("b", 10), group("c", 6), group("d", 2));
    expect(shown(school)).toEqual(["school", "a", "b"]);
    expect(hiddenBecause(school, "c")).toBe("protects-others");
    expect(smallestDerivableGroup(school)).toBeGreaterThanOrEqual(5);
  });
});

describe("complementary suppression over three levels", () => {
  // School → lower and upper years → classes. 2 parents gave no year at all.
  const school = group(
    "school",
    34,
    group("lower", 12, group("g3", 5), group("g4", 5), group("g2", 2)),
    group("upper", 20, group("g7", 10), group("g8", 10)),
  );

  it("also closes gaps that only show across levels", () => {
    // Hiding "lower" alone is not enough: school − upper − g3 − g4 would be g2 plus the 2 without a year.
    expect(shown(school)).toEqual(["school", "g4", "upper", "g7", "g8"]);
    expect(hiddenBecause(school, "lower")).toBe("protects-others");
    expect(hiddenBecause(school, "g3")).toBe("protects-others");
    expect(hiddenBecause(school, "g2")).toBe("too-few");
    expect(smallestDerivableGroup(school)).toBeGreaterThanOrEqual(5);
    // What a rule that only looks one level down would show leaks 4 people:
    expect(smallestDerivableGroup(school, ["school", "upper", "g7", "g8", "g3", "g4"])).toBe(4);
  });

  it("protects a small class inside a year that is itself safe", () => {
    const tree = group(
      "school",
      40,
      group("lower", 20, group("g3", 20)),
      group("upper", 20, group("g7", 16), group("g8", 4)),
    );
    expect(shown(tree)).toEqual(["school", "lower", "g3", "upper"]);
    expect(smallestDerivableGroup(tree)).toBeGreaterThanOrEqual(5);
  });

  it("never leaves a derivable group below the threshold, for many shapes", () => {
    for (let seed = 1; seed <= 40; seed++) {
      const tree = randomTree(seed);
      expect(smallestDerivableGroup(tree), JSON.stringify(tree)).toBeGreaterThanOrEqual(5);
    }
  });

  it("refuses a hierarchy whose parts are larger than the whole", () => {
    expect(() => disclosure({ id: "school", respondents: 5, children: [{ id: "g7", respondents: 6 }] })).toThrow(
      /more respondents/,
    );
    expect(() => disclosure({ id: "x", respondents: 9, children: [{ id: "x", respondents: 6 }] })).toThrow(/twice/);
  });
});

/** A small tree of two levels below the root with counts from a fixed seed. */
function randomTree(seed: number): GroupCount {
  let state = seed;
  const random = (max: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % max;
  };
  const children = Array.from({ length: 2 + random(2) }, (_, i) => {
    const classes = Array.from({ length: 1 + random(2) }, (_, j) => ({ id: `c${i}${j}`, respondents: 1 + random(12) }));
    const inClasses = classes.reduce((sum, c) => sum + c.respondents, 0);
    return { id: `y${i}`, respondents: inClasses + random(3), children: classes };
  });
  const inYears = children.reduce((sum, c) => sum + c.respondents, 0);
  return { id: "school", respondents: inYears + random(3), children };
}
