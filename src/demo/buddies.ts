/**
 * Two parents of De Regenboog (of groups 7 and 4) get an account and volunteer as buddies, so a
 * new parent's request can be paired with a suggested buddy in the demo.
 */
import { and, asc, eq, inArray, isNotNull, isNull } from "drizzle-orm";
import { withOrg, type Db } from "../db/client.js";
import { ofOrg } from "../db/of-org.js";
import { groups, guardians, pupilGuardians, pupils, users } from "../db/schema/index.js";
import { seedBuddiesDemo } from "../features/buddies/seed-demo.js";
import type { OfferInput } from "../features/buddies/schemas.js";
import type { DemoAccount } from "./load-demo.js";

export async function seedBuddyVolunteers(db: Db, orgId: string): Promise<DemoAccount[]> {
  return withOrg(db, { orgId, userId: null }, async (tx) => {
    const candidates = await tx
      .select({ id: guardians.id, name: guardians.name, email: guardians.email, group: groups.name })
      .from(guardians)
      .innerJoin(
        pupilGuardians,
        and(eq(pupilGuardians.orgId, guardians.orgId), eq(pupilGuardians.guardianId, guardians.id)),
      )
      .innerJoin(pupils, and(eq(pupils.orgId, pupilGuardians.orgId), eq(pupils.id, pupilGuardians.pupilId)))
      .innerJoin(groups, and(eq(groups.orgId, pupils.orgId), eq(groups.id, pupils.groupId)))
      .where(
        and(
          eq(guardians.orgId, orgId),
          isNull(guardians.userId),
          isNotNull(guardians.email),
          inArray(groups.name, ["7", "4"]),
        ),
      )
      .orderBy(asc(groups.name), asc(guardians.name));
    const chosen = ["7", "4"].flatMap((name) => candidates.filter((c) => c.group === name).slice(0, 1));
    const offers: OfferInput[] = [
      { languages: ["tr", "nl"], availability: ["morning", "afternoon"], capacity: 2, note: "" },
      { languages: ["ar", "nl", "en"], availability: ["evening", "weekend"], capacity: 1, note: "" },
    ];
    const volunteers = [];
    for (const [i, guardian] of chosen.entries()) {
      const [user] = await tx
        .insert(users)
        .values({ email: guardian.email!, name: guardian.name, locale: null })
        .onConflictDoNothing()
        .returning();
      if (!user) continue;
      await tx
        .update(guardians)
        .set({ userId: user.id })
        .where(ofOrg(guardians, orgId, { id: guardian.id }));
      volunteers.push({ userId: user.id, email: user.email, offer: offers[i]! });
    }
    await seedBuddiesDemo(tx, orgId, volunteers);
    return volunteers.map((v) => ({ role: "parent, volunteers as buddy", email: v.email }));
  });
}
