/**
 * The route walk's ids of certification: a certificate and an advisor's "not yet", made directly
 * on an ended trajectory of the school (its history), so the other factories still find the
 * school without an active one. Readiness needs closed measurements with dozens of responses,
 * which the walk does not need to show that one school's certificate stays out of another's reach.
 */
import type { IsolationFactory } from "../../../../tests/helpers/isolation.js";
import { withOrg } from "../../../db/client.js";
import { certificates, certificationReviews, trajectories } from "../../../db/schema/index.js";
import { newCode } from "../domain/code.js";

export const isolation: IsolationFactory = async ({ ctx, school, marker }) => {
  const { orgId } = school;
  const certificateId = await withOrg(ctx.database.db, { orgId, userId: null }, async (tx) => {
    const [trajectory] = await tx
      .insert(trajectories)
      .values({ orgId, startedBy: school.leader.id, endedAt: new Date() })
      .returning();
    const trajectoryId = trajectory!.id;
    await tx.insert(certificationReviews).values({ orgId, trajectoryId, reasons: `${marker} nog niet` });
    const [made] = await tx
      .insert(certificates)
      .values({ orgId, trajectoryId, code: newCode(), awardedOn: "2026-07-01", validUntil: "2029-07-01", listed: true })
      .returning();
    return made!.id;
  });
  return { certificateId: [certificateId] };
};
