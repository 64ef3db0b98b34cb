/**
 * A parent's network profile: what they offer (skills, trade, languages, time, free text, tags)
 * and who may see what (domain/visibility.ts). One row per parent per organisation, made on the
 * first save; without one a parent is visible to nobody and found by no search.
 */
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import { networkProfiles } from "../../../db/schema/index.js";
import { searchWordsOf } from "../domain/languages.js";
import { DEFAULT_CHOICES, type ProfileChoices, type Visibility } from "../domain/visibility.js";
import type { ProfileInput } from "../schemas.js";

export interface NetworkProfile extends ProfileChoices {
  userId: string;
  skills: string;
  trade: string;
  timeAvailable: string;
  about: string;
  tags: string[];
  languages: string[];
}

const columns = {
  userId: networkProfiles.userId,
  visibility: networkProfiles.visibility,
  showName: networkProfiles.showName,
  showGroups: networkProfiles.showGroups,
  showLanguages: networkProfiles.showLanguages,
  showOffer: networkProfiles.showOffer,
  findable: networkProfiles.findable,
  skills: networkProfiles.skills,
  trade: networkProfiles.trade,
  timeAvailable: networkProfiles.timeAvailable,
  about: networkProfiles.about,
  tags: networkProfiles.tags,
  languages: networkProfiles.languages,
};

export const profileColumns = columns;

export function asProfile(row: typeof networkProfiles.$inferSelect | Record<keyof typeof columns, unknown>) {
  return { ...(row as NetworkProfile), visibility: row.visibility as Visibility };
}

/** The choices and offer of a parent who never saved a profile: seen by nobody, offering nothing. */
export const blankProfile: ProfileInput = {
  ...DEFAULT_CHOICES,
  skills: "",
  trade: "",
  timeAvailable: "",
  about: "",
  tags: [],
  languages: [],
};

/** An empty profile: what a parent who never saved one has. */
export function emptyProfile(userId: string): NetworkProfile {
  return { userId, ...blankProfile };
}

/** The parent's profile in the caller's transaction; null when they never saved one. */
export async function networkProfileOf(tx: Tx, orgId: string, userId: string): Promise<NetworkProfile | null> {
  const [row] = await tx
    .select(columns)
    .from(networkProfiles)
    .where(ofOrg(networkProfiles, orgId, { userId }));
  return row ? asProfile(row) : null;
}

export function myProfile(scope: ViewerScope): Promise<NetworkProfile> {
  return inOrg(
    scope,
    async (tx) => (await networkProfileOf(tx, scope.orgId, scope.userId)) ?? emptyProfile(scope.userId),
  );
}

export function saveProfile(scope: ViewerScope & { input: ProfileInput }): Promise<void> {
  const values = { ...scope.input, searchWords: searchWordsOf(scope.input.languages, scope.input.tags) };
  return inOrg(scope, async (tx) => {
    await tx
      .insert(networkProfiles)
      .values({ orgId: scope.orgId, userId: scope.userId, ...values })
      .onConflictDoUpdate({
        target: [networkProfiles.orgId, networkProfiles.userId],
        set: { ...values, updatedAt: new Date() },
      });
  });
}

/** Deletes the parent's profile here (they may start again; answers and sign-ups stay theirs to cancel). */
export function deleteProfile(scope: ViewerScope): Promise<void> {
  return inOrg(scope, async (tx) => {
    await tx.delete(networkProfiles).where(ofOrg(networkProfiles, scope.orgId, { userId: scope.userId }));
  });
}
