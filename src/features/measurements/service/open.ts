/** The invitation job: opens the measurement on its first day, adds the missing invitations and mails them. */
import { ofOrg } from "../../../db/of-org.js";
import { recordAudit } from "../../../audit/record.js";
import { withOrg } from "../../../db/client.js";
import { measurements } from "../../../db/schema/index.js";
import type { Deps } from "../../../web/env.js";
import { createInvitations } from "./invitations.js";
import type { MeasurementJob } from "./job-names.js";
import { mailInvitations } from "./mailing.js";

/** Safe to run any number of times: returns how many invitations this run mailed. */
export async function runInvitations(deps: Deps, job: MeasurementJob, now = new Date()): Promise<number> {
  const open = await withOrg(deps.db, { orgId: job.orgId, userId: null }, async (tx) => {
    const where = ofOrg(measurements, job.orgId, { id: job.measurementId });
    const [measurement] = await tx.select().from(measurements).where(where).for("update");
    if (!measurement || measurement.status === "closed" || measurement.closesAt <= now) return false;
    if (measurement.opensAt > now) return false;
    if (measurement.status === "scheduled") {
      await tx.update(measurements).set({ status: "open" }).where(where);
      const entry = { orgId: job.orgId, userId: null, entity: "measurement", entityId: job.measurementId } as const;
      await recordAudit(tx, { ...entry, action: "open" });
    }
    await createInvitations(tx, job.orgId, job.measurementId);
    if (measurement.invitationsMadeAt === null)
      await tx.update(measurements).set({ invitationsMadeAt: now }).where(where);
    return true;
  });
  return open ? mailInvitations(deps, job) : 0;
}
