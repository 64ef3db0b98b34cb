/** Helpers for the board's tests: an active trajectory, a second parent, an idea posted through the page. */
import { signIn, type TestClient, type TestContext } from "../../../../tests/helpers/app.js";
import { createParent, createSchool } from "../../../../tests/helpers/factories.js";
import type { School } from "../../../../tests/helpers/isolation.js";
import { withOrg } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { auditLog, ideaSupports, ideas, trajectories } from "../../../db/schema/index.js";

/** The school's active trajectory, made directly: the board only needs it to exist. */
export async function startTrajectory(ctx: TestContext, school: School): Promise<string> {
  const [row] = await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
    tx.insert(trajectories).values({ orgId: school.orgId, startedBy: school.leader.id }).returning(),
  );
  return row!.id;
}

/** Another parent with an account, guardian of the child in group B. */
export const addParentOfB = (ctx: TestContext, school: School, name = "Tweede Ouder") =>
  createParent(ctx.database.db, school, name);

/**
 * The board's usual setting: a school with an active trajectory, its parent (the author), a second
 * parent (of the child in group B) and the leader, each signed in.
 */
export async function boardWithTwoParents(ctx: TestContext) {
  const school = await createSchool(ctx.database.db);
  await startTrajectory(ctx, school);
  const second = await addParentOfB(ctx, school);
  return {
    school,
    /** The second parent's account (its id and address). */
    otherUser: second,
    author: await signIn(ctx, school.parent.email),
    other: await signIn(ctx, second.email),
    leader: await signIn(ctx, school.leader.email),
  };
}

/** Posts an idea as this client and returns its id (the page redirects to the idea). */
export async function postIdeaAs(client: TestClient, form: Record<string, string> = {}): Promise<string> {
  const response = await client.post("/ideas", {
    body: "Een koffieochtend",
    domain: "involvement",
    signAs: "name",
    ...form,
  });
  const location = response.headers.get("location") ?? "";
  const id = /^\/ideas\/([0-9a-f-]{36})$/.exec(location)?.[1];
  if (response.status !== 303 || !id) throw new Error(`posting an idea failed with ${response.status}`);
  return id;
}

export function ideaRow(ctx: TestContext, orgId: string, ideaId: string) {
  return withOrg(ctx.database.db, { orgId, userId: null }, async (tx) => {
    const [row] = await tx
      .select()
      .from(ideas)
      .where(ofOrg(ideas, orgId, { id: ideaId }));
    return row!;
  });
}

/** Who supports the idea, as user ids. */
export function supportersOf(ctx: TestContext, orgId: string, ideaId: string): Promise<string[]> {
  return withOrg(ctx.database.db, { orgId, userId: null }, async (tx) => {
    const rows = await tx
      .select({ userId: ideaSupports.userId })
      .from(ideaSupports)
      .where(ofOrg(ideaSupports, orgId, { ideaId }));
    return rows.map((r) => r.userId).sort();
  });
}

export function auditOfIdea(ctx: TestContext, orgId: string, ideaId: string) {
  return withOrg(ctx.database.db, { orgId, userId: null }, (tx) =>
    tx
      .select({ action: auditLog.action, userId: auditLog.userId, detail: auditLog.detail })
      .from(auditLog)
      .where(ofOrg(auditLog, orgId, { entity: "idea", entityId: ideaId })),
  );
}
