/** The join of an invitation to its measurement, within the organisation (both keys, as RLS expects). */
import { ofOrg } from "../../../db/of-org.js";
import { measurementInvitations, measurements } from "../../../db/schema/index.js";

export const invitationsMeasurement = ofOrg(measurements, measurementInvitations.orgId, {
  id: measurementInvitations.measurementId,
});
