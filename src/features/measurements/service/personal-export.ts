/**
 * What measurements keep about a person, for their data export: the invitations sent to them (to
 * their account, or to a guardian record that is them) and whether they answered. Never their
 * answers: those were stored without anything that links them to the invitation
 * (docs/measurement-anonymity.md), so there is nothing to find, and the export says so.
 */
import { invitationsMeasurement } from "./invitation-joins.js";
import { and, asc, eq, inArray, or } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { measurementAudiences, measurementInvitations, measurements } from "../../../db/schema/index.js";
import type { Translate } from "../../../web/i18n/index.js";
import { guardianIdsOfUser } from "../../pupils/index.js";
import { onKey } from "../../../db/on-key.js";

export async function invitationsOfPerson(tx: Tx, orgId: string, userId: string, t: Translate) {
  const guardianIds = await guardianIdsOfUser(tx, orgId, userId);
  const invitations = await tx
    .select({
      measurement: measurements.title,
      kind: measurements.kind,
      opensAt: measurements.opensAt,
      closesAt: measurements.closesAt,
      as: measurementAudiences.respondentGroup,
      mailed: measurementInvitations.mailed,
      reminders: measurementInvitations.reminders,
      responded: measurementInvitations.responded,
    })
    .from(measurementInvitations)
    .innerJoin(measurements, invitationsMeasurement)
    .innerJoin(
      measurementAudiences,
      onKey(measurementAudiences, measurementInvitations.orgId, measurementInvitations.audienceId),
    )
    .where(
      and(
        eq(measurementInvitations.orgId, orgId),
        or(
          eq(measurementInvitations.userId, userId),
          guardianIds.length ? inArray(measurementInvitations.guardianId, guardianIds) : undefined,
        ),
      ),
    )
    .orderBy(asc(measurements.opensAt), asc(measurements.id));
  return { note: t("measurements.export.anonymous"), invitations };
}
