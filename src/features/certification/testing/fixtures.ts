/** Helpers for certification's tests: an advisor, a trajectory made directly, its certificates read back. */
import type { TestContext } from "../../../../tests/helpers/app.js";
import { createUser } from "../../../../tests/helpers/factories.js";
import { orgRows } from "../../../../tests/helpers/org-rows.js";
import { withOrg } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import {
  auditLog,
  certificates,
  memberships,
  trajectories,
  trajectoryMeasurements,
  trajectorySessions,
} from "../../../db/schema/index.js";

export async function addAdvisor(ctx: TestContext, orgId: string, name = "Adviseur") {
  const user = await createUser(ctx.database.db, { name });
  await withOrg(ctx.database.db, { orgId, userId: null }, (tx) =>
    tx.insert(memberships).values({ orgId, userId: user.id, role: "advisor" }),
  );
  return user;
}

/**
 * A trajectory with its advisor, sessions held (two team modules, a parent evening, the joint
 * session) and the given measurements linked: what readiness reads, made directly.
 */
export async function trajectoryWith(
  ctx: TestContext,
  orgId: string,
  options: { advisorId: string | null; measurementIds: string[] },
): Promise<string> {
  return withOrg(ctx.database.db, { orgId, userId: null }, async (tx) => {
    const [trajectory] = await tx.insert(trajectories).values({ orgId, advisorId: options.advisorId }).returning();
    const trajectoryId = trajectory!.id;
    const held = (line: "school" | "parents" | "joint", position: number) => ({
      orgId,
      trajectoryId,
      line,
      position,
      topic: `${line} ${position}`,
      status: "held" as const,
      heldOn: "2026-05-01",
    });
    await tx
      .insert(trajectorySessions)
      .values([held("school", 0), held("school", 1), held("parents", 0), held("joint", 0)]);
    if (options.measurementIds.length)
      await tx
        .insert(trajectoryMeasurements)
        .values(options.measurementIds.map((measurementId) => ({ orgId, trajectoryId, measurementId })));
    return trajectoryId;
  });
}

export const certificatesOf = (ctx: TestContext, orgId: string) => orgRows(ctx.database.db, certificates, orgId);

export function certificateAudit(ctx: TestContext, orgId: string) {
  return withOrg(ctx.database.db, { orgId, userId: null }, (tx) =>
    tx
      .select({ action: auditLog.action, detail: auditLog.detail, userId: auditLog.userId })
      .from(auditLog)
      .where(ofOrg(auditLog, orgId, { entity: "certificate" })),
  );
}
