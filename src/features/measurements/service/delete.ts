/**
 * Deleting a measurement with everything in it (the foreign keys cascade):
 * audiences, invitations, drafts, ballots, answers, own items, reminders. The
 * audit entry keeps the title and kind, nothing of the answers. The same
 * transaction queues the vacuum, so the deleted answers also leave the disk.
 */
import { recordAudit } from "../../../audit/record.js";
import { ofOrg } from "../../../db/of-org.js";
import { measurements } from "../../../db/schema/index.js";
import { inOrg, type OrgScope } from "../../../db/org-scope.js";
import type { Deps } from "../../../web/env.js";
import { vacuumJob } from "../jobs.js";

/** Returns whether there was a measurement to delete. */
export function deleteMeasurement(scope: OrgScope, jobs: Deps["jobs"], measurementId: string): Promise<boolean> {
  return inOrg(scope, async (tx) => {
    const [deleted] = await tx
      .delete(measurements)
      .where(ofOrg(measurements, scope.orgId, { id: measurementId }))
      .returning({ title: measurements.title, kind: measurements.kind });
    if (!deleted) return false;
    await recordAudit(tx, {
      orgId: scope.orgId,
      userId: scope.userId,
      action: "delete",
      entity: "measurement",
      entityId: measurementId,
      detail: `${deleted.kind}: ${deleted.title}`,
    });
    await jobs.send(tx, vacuumJob, { orgId: scope.orgId, measurementId });
    return true;
  });
}
