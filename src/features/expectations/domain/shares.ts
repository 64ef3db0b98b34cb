/**
 * The share of parents who confirmed the year's expectations, per group and for the school,
 * never who. A group's share is shown only when the measurements' anonymity rule allows it:
 * fewer parents than the threshold hide it, and when a hidden group could be worked out from the
 * others and a total, the next smallest group is hidden too (complementary suppression,
 * `disclosure`). Parents with children in two groups count in both groups, so the tree's root
 * is the sum of the groups rather than the number of distinct parents: that is stricter, never
 * looser. The school's figure counts each parent once and is shown from the threshold on.
 */
import { disclosure } from "../../measurements/index.js";

export interface GroupConfirmations {
  groupId: string;
  name: string;
  parents: number;
  confirmed: number;
}

export interface ShareRow {
  groupId: string;
  name: string;
  parents: number;
  /** Whole percent, or null when the threshold hides it. */
  percent: number | null;
}

export interface Shares {
  groups: ShareRow[];
  total: { parents: number; percent: number | null };
}

const percentOf = (confirmed: number, parents: number) => Math.round((100 * confirmed) / parents);

export function confirmationShares(
  groups: readonly GroupConfirmations[],
  total: { parents: number; confirmed: number },
  threshold: number,
): Shares {
  const root = {
    id: "all",
    respondents: groups.reduce((sum, group) => sum + group.parents, 0),
    children: groups.map((group) => ({ id: group.groupId, respondents: group.parents })),
  };
  const shown = disclosure(root, threshold);
  return {
    groups: groups.map((group) => ({
      groupId: group.groupId,
      name: group.name,
      parents: group.parents,
      percent: shown.get(group.groupId)?.visible ? percentOf(group.confirmed, group.parents) : null,
    })),
    total: {
      parents: total.parents,
      percent: total.parents >= threshold ? percentOf(total.confirmed, total.parents) : null,
    },
  };
}
