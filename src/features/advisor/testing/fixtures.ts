/** Helpers for the workspace's tests: a school with a trajectory in a given state, made directly. */
import type { TestContext } from "../../../../tests/helpers/app.js";
import { createSchool } from "../../../../tests/helpers/factories.js";
import { withOrg } from "../../../db/client.js";
import { memberships, trajectories, trajectorySessions } from "../../../db/schema/index.js";

export interface SchoolSetup {
  name: string;
  advisorIds: string[];
  /** Without it, no trajectory. */
  trajectory?: {
    startedAt?: Date;
    sessions?: {
      status: "planned" | "held" | "skipped";
      heldOn: string | null;
      topic?: string;
      /** The school line unless given. */
      line?: "school" | "parents" | "joint";
    }[];
  };
}

/** A school with these advisors and, when asked, an active trajectory with these sessions. */
export async function schoolWith(ctx: TestContext, setup: SchoolSetup) {
  const school = await createSchool(ctx.database.db, { name: setup.name });
  const { orgId } = school;
  const trajectoryId = await withOrg(ctx.database.db, { orgId, userId: null }, async (tx) => {
    for (const userId of setup.advisorIds) await tx.insert(memberships).values({ orgId, userId, role: "advisor" });
    if (!setup.trajectory) return null;
    const [trajectory] = await tx
      .insert(trajectories)
      .values({ orgId, startedAt: setup.trajectory.startedAt ?? new Date() })
      .returning();
    const sessions = setup.trajectory.sessions ?? [];
    if (sessions.length)
      await tx.insert(trajectorySessions).values(
        sessions.map((s, position) => ({
          orgId,
          trajectoryId: trajectory!.id,
          line: s.line ?? "school",
          position,
          topic: s.topic ?? `Module ${position + 1}`,
          status: s.status,
          heldOn: s.heldOn,
          skipReason: s.status === "skipped" ? "Niet nodig" : null,
        })),
      );
    return trajectory!.id;
  });
  return { ...school, trajectoryId };
}
