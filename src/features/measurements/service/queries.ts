/** What staff see of measurements: the list, one measurement, and its response rates (counts only, never who). */
import { asc, desc, eq, sql } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { measurementAudiences, measurementInvitations, measurements } from "../../../db/schema/index.js";
import type { RespondentGroup } from "../domain/instrument.js";
import { NotFoundError } from "../../../web/errors.js";
import { currentGroups, groupNameOf } from "../../pupils/index.js";
import { inOrg, type OrgScope } from "../../../db/org-scope.js";
import { peopleNow } from "./overfull.js";

export interface MeasurementSummary {
  id: string;
  title: string;
  kind: "baseline" | "interim" | "final" | "poll";
  status: "scheduled" | "open" | "closed";
  opensAt: Date;
  closesAt: Date;
}

export interface AudienceRate {
  id: string;
  group: RespondentGroup;
  /** The class, or null for the team. */
  groupName: string | null;
  openToken: string | null;
  /** Invitations sent by e-mail. */
  invited: number;
  /** Responses received, through mail and open link alike. */
  responded: number;
  /** How many people a class's audience serves (counted at closing, live while open); null for the team. */
  people: number | null;
}

export interface MeasurementDetail extends MeasurementSummary {
  threshold: number;
  /** Null until the invitation job has made the invitations. */
  invitationsMadeAt: Date | null;
  audiences: AudienceRate[];
}

/** The columns of a MeasurementSummary. */
export const summary = {
  id: measurements.id,
  title: measurements.title,
  kind: measurements.kind,
  status: measurements.status,
  opensAt: measurements.opensAt,
  closesAt: measurements.closesAt,
};

export function listMeasurements(scope: OrgScope): Promise<MeasurementSummary[]> {
  return inOrg(scope, (tx) =>
    tx
      .select(summary)
      .from(measurements)
      .where(eq(measurements.orgId, scope.orgId))
      .orderBy(desc(measurements.opensAt), asc(measurements.title)),
  );
}

export function getMeasurement(scope: OrgScope, id: string): Promise<MeasurementDetail> {
  return inOrg(scope, async (tx) => {
    const [measurement] = await tx
      .select({ ...summary, threshold: measurements.threshold, invitationsMadeAt: measurements.invitationsMadeAt })
      .from(measurements)
      .where(ofOrg(measurements, scope.orgId, { id }));
    if (!measurement) throw new NotFoundError("measurement");
    const audiences = await audienceRates(tx, scope.orgId, id, measurement.status === "closed");
    return { ...measurement, audiences };
  });
}

/** Per audience of a measurement: invited, responded and the people it serves (as fixed at closing once closed). */
export async function audienceRates(
  tx: Tx,
  orgId: string,
  measurementId: string,
  closed: boolean,
): Promise<AudienceRate[]> {
  const rows = await tx
    .select({
      id: measurementAudiences.id,
      group: measurementAudiences.respondentGroup,
      groupId: measurementAudiences.groupId,
      groupName: audienceGroupName,
      openToken: measurementAudiences.openToken,
      invited: sql<number>`(count(${measurementInvitations.id}) filter (where ${measurementInvitations.kind} = 'mail'))::int`,
      responded: sql<number>`(count(${measurementInvitations.id}) filter (where ${measurementInvitations.responded}))::int`,
      people: measurementAudiences.people,
    })
    .from(measurementAudiences)
    .leftJoin(
      measurementInvitations,
      ofOrg(measurementInvitations, measurementAudiences.orgId, { audienceId: measurementAudiences.id }),
    )
    .where(ofOrg(measurementAudiences, orgId, { measurementId }))
    .groupBy(measurementAudiences.orgId, measurementAudiences.id)
    .orderBy(measurementAudiences.respondentGroup, audienceGroupName);
  if (closed) return rows;
  const live = await peopleNow(tx, orgId, rows);
  return rows.map((a) => ({ ...a, people: live.get(a.id) ?? null }));
}

const audienceGroupName = groupNameOf(measurementAudiences.orgId, measurementAudiences.groupId);

/** The groups a measurement can ask: those of school years not archived. */
export function listGroupChoices(scope: OrgScope): Promise<{ id: string; name: string }[]> {
  return inOrg(scope, (tx) => currentGroups(tx, scope.orgId));
}
