/** The measurements the school's trail names by id (the trajectory linked or unlinked one): kind and title. */
import type { AuditReferenceSource } from "../../pupils/index.js";
import { measurementSummaries } from "./for-trajectory.js";

export const measurementsForAudit: AuditReferenceSource = {
  kind: "measurement",
  async read(tx, orgId, ids) {
    const rows = await measurementSummaries(tx, orgId, ids);
    return new Map(rows.map(({ id, kind, title }) => [id, { kind, title }]));
  },
};
