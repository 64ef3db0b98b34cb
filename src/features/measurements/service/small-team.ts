/**
 * A team smaller than the anonymity threshold (a daycare of two or three pedagogisch medewerkers)
 * can never have figures: even when all answer, fewer than the threshold responded. Its results
 * are then discussed together instead; docs/measurement-anonymity.md, "A team too small".
 */
import { and, countDistinct, eq } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { measurementAudiences, measurementInvitations } from "../../../db/schema/index.js";

/**
 * Whether the measurement asked its team and the whole team is smaller than the threshold. The team
 * audience invites every staff member but advisors (invitations.ts), so its invitations are the team.
 */
export async function teamTooSmall(tx: Tx, orgId: string, measurementId: string, threshold: number): Promise<boolean> {
  const [row] = await tx
    .select({ invited: countDistinct(measurementInvitations.userId) })
    .from(measurementInvitations)
    .innerJoin(
      measurementAudiences,
      and(
        eq(measurementAudiences.orgId, measurementInvitations.orgId),
        eq(measurementAudiences.id, measurementInvitations.audienceId),
      ),
    )
    .where(
      and(ofOrg(measurementInvitations, orgId, { measurementId }), eq(measurementAudiences.respondentGroup, "team")),
    );
  const invited = row?.invited ?? 0;
  return invited > 0 && invited < threshold;
}
