/** Helpers for this feature's tests: a trajectory started through the page, its sessions, staff of other roles. */
import { orgRows } from "../../../../tests/helpers/org-rows.js";
import { and, asc, eq } from "drizzle-orm";
import type { TestClient, TestContext } from "../../../../tests/helpers/app.js";
import { createUser } from "../../../../tests/helpers/factories.js";
import { withOrg } from "../../../db/client.js";
import { memberships, trajectories, trajectorySessions } from "../../../db/schema/index.js";
import type { StaffRole } from "../../../auth/viewer.js";

/** Starts a trajectory as this client (school leader or coordinator); fails the test if refused. */
export async function startTrajectoryAs(client: TestClient, form: Record<string, string> = {}): Promise<void> {
  const response = await client.post("/trajectory", form);
  if (response.status !== 303) throw new Error(`starting a trajectory failed with ${response.status}`);
}

/** A person with a role in the organisation (a coordinator, an advisor). */
export async function addMember(ctx: TestContext, orgId: string, role: StaffRole, name = "Lid") {
  const user = await createUser(ctx.database.db, { name });
  await withOrg(ctx.database.db, { orgId, userId: null }, (tx) =>
    tx.insert(memberships).values({ orgId, userId: user.id, role }),
  );
  return user;
}

export function trajectoriesOf(ctx: TestContext, orgId: string) {
  return orgRows(ctx.database.db, trajectories, orgId);
}

/** The sessions of the organisation's trajectories, in their order per line. */
export function sessionsOf(ctx: TestContext, orgId: string, line?: "school" | "parents" | "joint") {
  return withOrg(ctx.database.db, { orgId, userId: null }, (tx) =>
    tx
      .select()
      .from(trajectorySessions)
      .where(and(eq(trajectorySessions.orgId, orgId), line ? eq(trajectorySessions.line, line) : undefined))
      .orderBy(asc(trajectorySessions.line), asc(trajectorySessions.position)),
  );
}
