/**
 * Which cells of a measurement may be shown. A cell is a group of
 * respondents: all parents, the parents of group 7, … No figure is shown for
 * fewer than the threshold, and no figure may let anyone work out the answers
 * of fewer than the threshold by subtraction: with 23 parents in the school
 * and 19 in group 7, the other 4 follow from the two figures.
 *
 * The hierarchy is a tree: each cell's children are disjoint parts of it,
 * possibly with respondents who belong to no child. Everything derivable by
 * adding and subtracting shown figures is a union of "hidden parts": for each
 * shown cell, its respondents minus those of the nearest shown cells below it.
 * So the rule is: every hidden part holds no one or at least the threshold.
 * When a part is too small, the smallest shown cell bordering it is hidden as
 * well (complementary suppression), until no small part is left. Totals are
 * kept; subgroups give way. docs/measurement-anonymity.md explains more.
 */

export const MIN_ANONYMITY_THRESHOLD = 5;

/** The threshold to use: a whole number of at least 5; anything lower is refused. */
export function anonymityThreshold(configured: number = MIN_ANONYMITY_THRESHOLD): number {
  if (!Number.isInteger(configured) || configured < MIN_ANONYMITY_THRESHOLD) {
    throw new RangeError(`The anonymity threshold must be a whole number of at least ${MIN_ANONYMITY_THRESHOLD}`);
  }
  return configured;
}

export interface GroupCount {
  id: string;
  respondents: number;
  children?: readonly GroupCount[];
}

export type HiddenReason = "too-few" | "protects-others";
export type Visibility = { visible: true } | { visible: false; reason: HiddenReason };

/** For every cell in the tree: may its figures (and open answers) be shown? */
export function disclosure(root: GroupCount, threshold?: number): ReadonlyMap<string, Visibility> {
  const k = anonymityThreshold(threshold);
  const cells = topDown(root);
  const shown = new Set(cells.filter((cell) => cell.respondents >= k).map((cell) => cell.id));
  const protecting = new Set<string>();
  for (let cell = firstToHide(cells, shown, k); cell; cell = firstToHide(cells, shown, k)) {
    shown.delete(cell.id);
    protecting.add(cell.id);
  }
  return new Map(
    cells.map((cell): [string, Visibility] => [
      cell.id,
      shown.has(cell.id)
        ? { visible: true }
        : { visible: false, reason: protecting.has(cell.id) ? "protects-others" : "too-few" },
    ]),
  );
}

/** The cells, parents before children; checks that the tree adds up. */
function topDown(root: GroupCount): GroupCount[] {
  const cells: GroupCount[] = [];
  const ids = new Set<string>();
  const visit = (cell: GroupCount) => {
    if (!Number.isInteger(cell.respondents) || cell.respondents < 0) throw new RangeError(`${cell.id}: bad count`);
    if (ids.has(cell.id)) throw new Error(`${cell.id} appears twice in the hierarchy`);
    const children = cell.children ?? [];
    if (sum(children) > cell.respondents) throw new RangeError(`${cell.id}: its parts have more respondents than it`);
    ids.add(cell.id);
    cells.push(cell);
    children.forEach(visit);
  };
  visit(root);
  return cells;
}

/** The smallest shown cell bordering a hidden part that is too small, if there is one. */
function firstToHide(cells: readonly GroupCount[], shown: ReadonlySet<string>, k: number): GroupCount | undefined {
  for (const cell of cells) {
    if (!shown.has(cell.id)) continue;
    const border = nearestShownBelow(cell, shown);
    const hidden = cell.respondents - sum(border);
    if (hidden > 0 && hidden < k) return smallest(border);
  }
  return undefined;
}

function nearestShownBelow(cell: GroupCount, shown: ReadonlySet<string>): GroupCount[] {
  return (cell.children ?? []).flatMap((child) => (shown.has(child.id) ? [child] : nearestShownBelow(child, shown)));
}

function smallest(cells: readonly GroupCount[]): GroupCount | undefined {
  return [...cells].sort((a, b) => a.respondents - b.respondents || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))[0];
}

function sum(cells: readonly GroupCount[]): number {
  return cells.reduce((total, cell) => total + cell.respondents, 0);
}
