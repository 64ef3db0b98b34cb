/** The join of an invitation to its measurement, within the organisation (both keys, as RLS expects). */
import { and, eq } from "drizzle-orm";
import { measurementInvitations, measurements } from "../../../db/schema/index.js";

export const invitationsMeasurement = and(
  eq(measurements.orgId, measurementInvitations.orgId),
  eq(measurements.id, measurementInvitations.measurementId),
)!;
