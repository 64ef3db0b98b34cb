/**
 * Who sees what of a parent's network profile. A parent chooses who among the other parents may
 * see them (nobody, the parents of their children's groups, or every parent of the organisation)
 * and which fields. Default: nobody. Staff always see what the school needs: the name and the
 * children's groups (the school's own register), and what the parent offers and speaks only when
 * the parent agreed to be found for requests for help. Pure.
 */
export const VISIBILITIES = ["nobody", "group", "organisation"] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export interface ProfileChoices {
  visibility: Visibility;
  showName: boolean;
  showGroups: boolean;
  showLanguages: boolean;
  showOffer: boolean;
  /** "mag gevonden worden voor hulpvragen" */
  findable: boolean;
}

export const DEFAULT_CHOICES: ProfileChoices = {
  visibility: "nobody",
  showName: true,
  showGroups: false,
  showLanguages: false,
  showOffer: false,
  findable: false,
};

/** Who looks: staff of the organisation, a parent with a child in a shared group, or another parent. */
export type Audience = "staff" | "sameGroup" | "otherParent";

export interface ShownFields {
  name: boolean;
  groups: boolean;
  languages: boolean;
  offer: boolean;
}

/** What this audience sees of the profile; null when they do not see the parent at all. */
export function shownTo(choices: ProfileChoices, audience: Audience): ShownFields | null {
  if (audience === "staff") return { name: true, groups: true, languages: choices.findable, offer: choices.findable };
  const sees = choices.visibility === "organisation" || (choices.visibility === "group" && audience === "sameGroup");
  if (!sees) return null;
  const fields = {
    name: choices.showName,
    groups: choices.showGroups,
    languages: choices.showLanguages,
    offer: choices.showOffer,
  };
  return Object.values(fields).some(Boolean) ? fields : null;
}

/** The audience a parent is for another parent: do their children share a group? */
export function audienceOf(viewerGroups: readonly string[], ownerGroups: readonly string[]): Audience {
  return ownerGroups.some((g) => viewerGroups.includes(g)) ? "sameGroup" : "otherParent";
}
