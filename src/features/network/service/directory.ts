/**
 * The parents' directory and the "how others see me" preview: each current parent's profile as
 * this viewer may see it (domain/visibility.ts). A staff member sees every current parent with
 * their name and children's groups, and what they offer and speak when they agreed to be found;
 * a parent sees the other parents who chose to be seen by them, with the fields they chose.
 */
import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import { networkProfiles } from "../../../db/schema/index.js";
import { audienceOf, shownTo, type Audience } from "../domain/visibility.js";
import { currentParents, type CurrentParent } from "./parents.js";
import { asProfile, emptyProfile, profileColumns, type NetworkProfile } from "./profile.js";

export interface ParentCard {
  userId: string;
  /** Null when not shown: the card says "a parent". */
  name: string | null;
  groups: string[] | null;
  languages: string[] | null;
  offer: Pick<NetworkProfile, "skills" | "trade" | "timeAvailable" | "about" | "tags"> | null;
}

/** The card this audience sees of a parent; null when they do not see them. */
export function cardOf(parent: CurrentParent, profile: NetworkProfile, audience: Audience): ParentCard | null {
  const shown = shownTo(profile, audience);
  if (!shown) return null;
  return {
    userId: parent.userId,
    name: shown.name ? parent.name : null,
    groups: shown.groups ? parent.groups.map((g) => g.groupName) : null,
    languages: shown.languages ? profile.languages : null,
    offer: shown.offer
      ? {
          skills: profile.skills,
          trade: profile.trade,
          timeAvailable: profile.timeAvailable,
          about: profile.about,
          tags: profile.tags,
        }
      : null,
  };
}

export async function profilesOf(tx: Tx, orgId: string, userIds: readonly string[]) {
  if (!userIds.length) return new Map<string, NetworkProfile>();
  const rows = await tx
    .select(profileColumns)
    .from(networkProfiles)
    .where(and(eq(networkProfiles.orgId, orgId), inArray(networkProfiles.userId, [...userIds])));
  return new Map(rows.map((row) => [row.userId, asProfile(row)]));
}

/** Every current parent this viewer sees (themself left out), by name; cards without a name last. */
export function parentDirectory(scope: ViewerScope & { asStaff: boolean }): Promise<ParentCard[]> {
  return inOrg(scope, async (tx) => {
    const parents = await currentParents(tx, scope.orgId);
    const profiles = await profilesOf(tx, scope.orgId, [...parents.keys()]);
    const viewerGroups = parents.get(scope.userId)?.groups.map((g) => g.groupId) ?? [];
    const cards: ParentCard[] = [];
    for (const parent of parents.values()) {
      if (parent.userId === scope.userId) continue;
      const profile = profiles.get(parent.userId) ?? emptyProfile(parent.userId);
      const audience = scope.asStaff
        ? "staff"
        : audienceOf(
            viewerGroups,
            parent.groups.map((g) => g.groupId),
          );
      const card = cardOf(parent, profile, audience);
      if (card) cards.push(card);
    }
    return cards.sort((a, b) => (a.name ?? "\uffff").localeCompare(b.name ?? "\uffff", "nl"));
  });
}

export interface Preview {
  sameGroup: ParentCard | null;
  otherParent: ParentCard | null;
  staff: ParentCard;
}

/** The parent's own card as each audience sees it; null cards when they are not a current parent here. */
export function profilePreview(scope: ViewerScope): Promise<Preview | null> {
  return inOrg(scope, async (tx) => {
    const parent = (await currentParents(tx, scope.orgId)).get(scope.userId);
    if (!parent) return null;
    const profile = (await profilesOf(tx, scope.orgId, [scope.userId])).get(scope.userId) ?? emptyProfile(scope.userId);
    return {
      sameGroup: cardOf(parent, profile, "sameGroup"),
      otherParent: cardOf(parent, profile, "otherParent"),
      staff: cardOf(parent, profile, "staff")!,
    };
  });
}
