/** Helpers for the network's tests: more parents in group A or B, their profiles saved directly. */
import type { TestContext } from "../../../../tests/helpers/app.js";
import { createUser } from "../../../../tests/helpers/factories.js";
import type { School } from "../../../../tests/helpers/isolation.js";
import { withOrg } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { guardians, pupilGuardians } from "../../../db/schema/index.js";
import type { ProfileInput } from "../schemas.js";
import { blankProfile, saveProfile } from "../service/profile.js";

/** A parent with an account, guardian of the child in group A or B. */
export async function addParent(ctx: TestContext, school: School, group: "A" | "B", name = `Ouder ${Math.random()}`) {
  const user = await createUser(ctx.database.db, { name });
  await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, async (tx) => {
    const [guardian] = await tx
      .insert(guardians)
      .values({ orgId: school.orgId, userId: user.id, name, email: user.email })
      .returning();
    const pupilId = group === "A" ? school.child.id : school.other.id;
    await tx.insert(pupilGuardians).values({ orgId: school.orgId, pupilId, guardianId: guardian!.id });
  });
  return user;
}

/** The parent leaves the school: their guardian rows (and links to children) go, the account stays. */
export async function removeParent(ctx: TestContext, school: School, userId: string) {
  await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, async (tx) => {
    const rows = await tx
      .select({ id: guardians.id })
      .from(guardians)
      .where(ofOrg(guardians, school.orgId, { userId }));
    for (const row of rows) {
      await tx.delete(pupilGuardians).where(ofOrg(pupilGuardians, school.orgId, { guardianId: row.id }));
      await tx.delete(guardians).where(ofOrg(guardians, school.orgId, { id: row.id }));
    }
  });
}

export function saveProfileOf(ctx: TestContext, school: School, userId: string, input: Partial<ProfileInput>) {
  return saveProfile({ db: ctx.database.db, orgId: school.orgId, userId, input: { ...blankProfile, ...input } });
}
