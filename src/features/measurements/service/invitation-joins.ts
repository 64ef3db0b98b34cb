/** The join of an invitation to its measurement, within the organisation (both keys, as RLS expects). */
import { onKey } from "../../../db/on-key.js";
import { measurementInvitations, measurements } from "../../../db/schema/index.js";

export const invitationsMeasurement = onKey(
  measurements,
  measurementInvitations.orgId,
  measurementInvitations.measurementId,
);
