/**
 * How an author may sign: with their name, or as "a parent of group N" for a group one of their
 * children is in now. The groups come from the school directory, so nobody signs as a parent of a
 * group they have no child in.
 */
export interface SigningGroup {
  groupId: string;
  groupName: string;
}

/** The groups of these children that belong to a current school year, each once, by name. */
export function signingGroups(
  children: readonly { groupId: string | null; groupName: string | null }[],
  currentGroupIds: ReadonlySet<string>,
): SigningGroup[] {
  const byId = new Map<string, SigningGroup>();
  for (const { groupId, groupName } of children) {
    if (groupId && groupName && currentGroupIds.has(groupId)) byId.set(groupId, { groupId, groupName });
  }
  return [...byId.values()].sort((a, b) => a.groupName.localeCompare(b.groupName, "nl", { numeric: true }));
}

/** The group an author chose to sign as, or null for their name; undefined when it is not one of theirs. */
export function chosenGroup(signAs: string, groups: readonly SigningGroup[]): string | null | undefined {
  if (signAs === "name") return null;
  return groups.find((g) => g.groupId === signAs)?.groupId;
}
