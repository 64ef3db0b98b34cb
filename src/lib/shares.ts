/**
 * The share of people per group who did something (read a post, confirmed a document), never who.
 * A group's share is shown only when the anonymity rule (anonymity.ts, the measurements' own) allows
 * it: fewer people than the threshold hide it, and a group that would give a hidden one away by
 * subtraction from the total is hidden too (complementary suppression). A person in two groups
 * counts in both, so the tree's root is the sum of the groups (stricter, never looser); the total
 * counts each person once and is shown from the threshold on. Figures are whole percents.
 */
import { disclosure } from "./anonymity.js";

export interface GroupTally {
  groupId: string;
  name: string;
  /** Everyone in the group who could have done it. */
  people: number;
  /** Those of them who did. */
  done: number;
}

export interface GroupShare {
  groupId: string;
  name: string;
  people: number;
  /** Whole percent, or null when the threshold hides it. */
  percent: number | null;
}

export interface SharesPerGroup {
  groups: GroupShare[];
  total: { people: number; percent: number | null };
}

const percentOf = (done: number, people: number) => Math.round((100 * done) / people);

export function sharesPerGroup(
  groups: readonly GroupTally[],
  total: { people: number; done: number },
  threshold: number,
): SharesPerGroup {
  const root = {
    id: "\u0000all",
    respondents: groups.reduce((sum, group) => sum + group.people, 0),
    children: groups.map((group) => ({ id: group.groupId, respondents: group.people })),
  };
  const shown = disclosure(root, threshold);
  return {
    groups: groups.map((group) => ({
      groupId: group.groupId,
      name: group.name,
      people: group.people,
      percent: shown.get(group.groupId)?.visible ? percentOf(group.done, group.people) : null,
    })),
    total: { people: total.people, percent: total.people >= threshold ? percentOf(total.done, total.people) : null },
  };
}

/**
 * Tallies per group from who belongs where and who did it: `members` are (group, person) pairs
 * (a person in two groups twice), `done` the people who did it. The total counts each person once.
 */
export function tallyPerGroup(
  members: readonly { groupId: string; groupName: string; userId: string }[],
  done: ReadonlySet<string>,
): { groups: GroupTally[]; total: { people: number; done: number } } {
  const groups = new Map<string, GroupTally>();
  for (const row of members) {
    const group = groups.get(row.groupId) ?? { groupId: row.groupId, name: row.groupName, people: 0, done: 0 };
    group.people += 1;
    if (done.has(row.userId)) group.done += 1;
    groups.set(row.groupId, group);
  }
  const everyone = new Set(members.map((row) => row.userId));
  return {
    groups: [...groups.values()],
    total: { people: everyone.size, done: [...everyone].filter((id) => done.has(id)).length },
  };
}
