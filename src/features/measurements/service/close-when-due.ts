/**
 * The closing job: closes the measurement once its last day has ended (staff
 * may have closed it already); closing queues the vacuum that clears the deleted
 * rows from disk.
 */
import { withOrg } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { measurements } from "../../../db/schema/index.js";
import type { Deps } from "../../../web/env.js";
import { closeMeasurement } from "./close.js";
import type { MeasurementJob } from "./job-names.js";

export async function closeWhenDue(deps: Deps, job: MeasurementJob, now = new Date()): Promise<boolean> {
  const scope = { db: deps.db, orgId: job.orgId, userId: null };
  const [measurement] = await withOrg(deps.db, scope, (tx) =>
    tx
      .select({ closesAt: measurements.closesAt })
      .from(measurements)
      .where(ofOrg(measurements, job.orgId, { id: job.measurementId })),
  );
  if (!measurement || measurement.closesAt > now) return false;
  return closeMeasurement(scope, deps, job.measurementId);
}
