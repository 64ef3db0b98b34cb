/**
 * The questionnaires waiting for one person: their mailed invitations (as staff by account, as a
 * parent by guardian record) of open measurements that they have not answered, each with the same
 * personal link the mail has, unsealed as a reminder does.
 */
import { invitationsMeasurement } from "./invitation-joins.js";
import { eq, gt, inArray, isNotNull, or, sql } from "drizzle-orm";
import { ofOrg } from "../../../db/of-org.js";
import { measurementInvitations, measurements } from "../../../db/schema/index.js";
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import { guardianIdsOfUser } from "../../pupils/index.js";
import { ballotKey, unseal } from "./sealing.js";

export interface WaitingQuestionnaire {
  title: string;
  closesAt: Date;
  token: string;
}

export function questionnairesWaitingFor(
  scope: ViewerScope & { now: Date; secretKey: string },
): Promise<WaitingQuestionnaire[]> {
  return inOrg(scope, async (tx) => {
    const guardianIds = await guardianIdsOfUser(tx, scope.orgId, scope.userId);
    const rows = await tx
      .select({
        title: measurements.title,
        closesAt: measurements.closesAt,
        ballotKey: measurements.ballotKey,
        sealedToken: measurementInvitations.sealedToken,
      })
      .from(measurementInvitations)
      .innerJoin(measurements, invitationsMeasurement)
      .where(
        ofOrg(
          measurementInvitations,
          scope.orgId,
          { kind: "mail", mailed: true, responded: false },
          isNotNull(measurementInvitations.sealedToken),
          eq(measurements.status, "open"),
          gt(measurements.closesAt, scope.now),
          or(
            eq(measurementInvitations.userId, scope.userId),
            guardianIds.length ? inArray(measurementInvitations.guardianId, guardianIds) : sql`false`,
          ),
        ),
      )
      .orderBy(measurements.closesAt, measurements.title, measurements.id);
    return rows.flatMap(({ title, closesAt, ballotKey: stored, sealedToken }) =>
      stored && sealedToken
        ? [{ title, closesAt, token: unseal(ballotKey(stored, scope.secretKey), sealedToken) }]
        : [],
    );
  });
}
