/**
 * The certification page's data: the active trajectory's readiness with every criterion and its
 * figures, the advisor's earlier "not yet" decisions with their reasons, whether the person
 * looking may decide, and the organisation's certificates (also of ended trajectories).
 */
import { desc, eq } from "drizzle-orm";
import { ofOrg } from "../../../db/of-org.js";
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import { certificationReviews, users } from "../../../db/schema/index.js";
import { activeTrajectory } from "../../trajectory/index.js";
import { certificatesOf, type CertificateRow } from "./certificates.js";
import { isTheAdvisor } from "./decisions.js";
import { readinessOf, type ReadinessView } from "./readiness.js";

export interface Review {
  reasons: string;
  reviewedAt: Date;
  reviewedBy: string | null;
}

export interface CertificationOverview {
  trajectory: { id: string; readiness: ReadinessView; reviews: Review[]; mayDecide: boolean } | null;
  certificates: CertificateRow[];
}

export function certificationOverview(scope: ViewerScope): Promise<CertificationOverview> {
  return inOrg(scope, async (tx) => {
    const certificates = await certificatesOf(tx, scope.orgId);
    const trajectory = await activeTrajectory(tx, scope.orgId);
    if (!trajectory) return { trajectory: null, certificates };
    const reviews = await tx
      .select({
        reasons: certificationReviews.reasons,
        reviewedAt: certificationReviews.reviewedAt,
        reviewedBy: users.name,
      })
      .from(certificationReviews)
      .leftJoin(users, eq(users.id, certificationReviews.reviewedBy))
      .where(ofOrg(certificationReviews, scope.orgId, { trajectoryId: trajectory.id }))
      .orderBy(desc(certificationReviews.reviewedAt), desc(certificationReviews.id));
    return {
      trajectory: {
        id: trajectory.id,
        readiness: await readinessOf(tx, trajectory),
        reviews,
        mayDecide: await isTheAdvisor(tx, trajectory, scope.userId),
      },
      certificates,
    };
  });
}
