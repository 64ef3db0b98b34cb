/** The invitation tests' fixtures: school B's leader invites school A's teacher, whose account exists. */
import { eq } from "drizzle-orm";
import { signIn, type TestContext } from "../../../../tests/helpers/app.js";
import { createSchool, unique } from "../../../../tests/helpers/factories.js";
import { users } from "../../../db/schema/index.js";
import { invitationsIn, rolesOf } from "./roles.js";

/** School B's leader invites school A's teacher, whose account exists, as office staff. */
export async function inviteAcross(ctx: TestContext) {
  const a = await createSchool(ctx.database.db, { name: `Aschool ${unique()}` });
  const b = await createSchool(ctx.database.db, { name: `Bschool ${unique()}` });
  // The name the teacher gave their own account, which school B must not learn from an invitation.
  const storedName = `Fatima Yılmaz ${unique()}`;
  await ctx.database.db.update(users).set({ name: storedName }).where(eq(users.id, a.teacher.id));
  a.teacher.name = storedName;
  const leaderB = await signIn(ctx, b.leader.email);
  const invited = await leaderB.post("/organisation/staff/invite", {
    name: "Typed By B",
    email: a.teacher.email,
    roles: "office",
  });
  if (invited.status !== 303) throw new Error(`inviting failed with ${invited.status}`);
  const [invitation] = await invitationsIn(ctx.database.db, b.orgId);
  return { a, b, leaderB, invitation: invitation! };
}

/** The fixtures bound to a test file's context. */
export function invitationFixtures(ctx: TestContext) {
  return {
    rolesOf: (orgId: string, userId: string) => rolesOf(ctx.database.db, orgId, userId),
    invitationsIn: (orgId: string) => invitationsIn(ctx.database.db, orgId),
    inviteAcross: () => inviteAcross(ctx),
  };
}
