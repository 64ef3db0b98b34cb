/**
 * How many people a class's open link serves, and how much of that it has used. Anyone who has the
 * link (it is printed as a QR code) can start from it, so without a bound one person could send
 * any number of responses and pad a class past the anonymity threshold with made-up answers. So an
 * open link takes no more responses than the people it serves (its places):
 *
 * - pupils and young children: the pupils (not archived) of the class;
 * - parents: the guardians of those pupils who have not already answered through a mailed
 *   invitation in this measurement. The link is meant for parents without an e-mail address, but a
 *   school may hand the printed code to every parent (at a parent evening, say), and a parent who
 *   lost the mail must not be turned away; one who answered by mail has had their say.
 *
 * Only counts are read: how many open-link invitations of the audience exist and how many say
 * "responded", which staff see anyway. Nothing here records who sent what, or when.
 */
import { eq, isNotNull, sql } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { measurementAudiences, measurementInvitations } from "../../../db/schema/index.js";
import { guardiansOfChildren, pupilsOfGroups } from "../../pupils/index.js";
import type { Measurement } from "./respondent.js";

export interface OpenLinkRoom {
  /** How many people the link serves: as many responses can come through it. */
  places: number;
  /** Responses sent through it. */
  sent: number;
  /** Personal links it has given, sent or not. */
  tickets: number;
}

/**
 * Personal links an open link gives at most: four for every place and ten more. People open the
 * link and leave, start on a phone and again on a computer, lose a tab; none of that should ever
 * stop someone who has not answered, so the bound is generous. It is there because every start is
 * a row that stays until closing: without it, a script could fill the table for a class without
 * ever sending. Reaching it stops only new starts; links already given still send, up to the places.
 */
export const TICKETS_PER_PLACE = 4;
export const SPARE_TICKETS = 10;

/**
 * Starts per hour from one client address through one open link: a whole class on one school
 * network, each pupil twice, and ten more (see the route).
 */
export const STARTS_PER_PLACE_PER_HOUR = 2;
export const SPARE_STARTS = 10;

export type RoomProblem = "full" | "crowded";

export function startsPerHour(room: OpenLinkRoom): number {
  return STARTS_PER_PLACE_PER_HOUR * room.places + SPARE_STARTS;
}

/** Whether as many have been sent through the link as it has places: no one more can send. */
export const isFull = (room: OpenLinkRoom): boolean => room.sent >= room.places;

/** Why no one more can start from the link, if so: all places sent, or many more links given than places. */
export function startProblem(room: OpenLinkRoom): RoomProblem | null {
  if (isFull(room)) return "full";
  if (room.tickets >= TICKETS_PER_PLACE * room.places + SPARE_TICKETS) return "crowded";
  return null;
}

/**
 * Locks the audience's row until the transaction ends: two last sends (or starts) through one
 * link wait for each other, so the second counts what the first wrote and both cannot pass.
 */
export async function lockAudience(tx: Tx, measurement: Pick<Measurement, "orgId" | "audienceId">): Promise<void> {
  await tx
    .select({ id: measurementAudiences.id })
    .from(measurementAudiences)
    .where(ofOrg(measurementAudiences, measurement.orgId, { id: measurement.audienceId }))
    .for("update");
}

/** How many the audience's open link serves and has served (read committed: after lockAudience, the latest). */
export async function roomOf(tx: Tx, measurement: Measurement): Promise<OpenLinkRoom> {
  const [used] = await tx
    .select({
      sent: sql<number>`(count(*) filter (where ${measurementInvitations.responded}))::int`,
      tickets: sql<number>`count(*)::int`,
    })
    .from(measurementInvitations)
    .where(ofOrg(measurementInvitations, measurement.orgId, { audienceId: measurement.audienceId, kind: "open_link" }));
  return { places: await placesOf(tx, measurement), sent: used?.sent ?? 0, tickets: used?.tickets ?? 0 };
}

async function placesOf(tx: Tx, measurement: Measurement): Promise<number> {
  // Open links are per class; the team's audience has none.
  if (!measurement.subgroupId || measurement.group === "team") return 0;
  const people = (await peopleOfClasses(tx, measurement.orgId, [measurement.subgroupId])).get(measurement.subgroupId);
  if (measurement.group !== "parents") return people?.pupils.size ?? 0;
  const mailed = await tx
    .select({ guardianId: measurementInvitations.guardianId })
    .from(measurementInvitations)
    .where(
      ofOrg(
        measurementInvitations,
        measurement.orgId,
        { measurementId: measurement.measurementId, kind: "mail", responded: true },
        isNotNull(measurementInvitations.guardianId),
      ),
    );
  const answered = new Set(mailed.map((m) => m.guardianId));
  return [...(people?.guardians ?? [])].filter((id) => !answered.has(id)).length;
}

/** The pupils (not archived) of each class, and the guardians of those pupils: two queries for any number of classes. */
export async function peopleOfClasses(
  tx: Tx,
  orgId: string,
  groupIds: readonly string[],
): Promise<Map<string, { pupils: Set<string>; guardians: Set<string> }>> {
  const pupils = await pupilsOfGroups(tx, orgId, groupIds);
  const guardians = pupils.length
    ? await guardiansOfChildren(
        tx,
        orgId,
        pupils.map((p) => p.pupilId),
      )
    : [];
  const classes = new Map(groupIds.map((id) => [id, { pupils: new Set<string>(), guardians: new Set<string>() }]));
  const classOf = new Map(pupils.map((p) => [p.pupilId, p.groupId]));
  for (const pupil of pupils) classes.get(pupil.groupId!)?.pupils.add(pupil.pupilId);
  for (const g of guardians) classes.get(classOf.get(g.pupilId)!)?.guardians.add(g.guardianId);
  return classes;
}

/** Whether a personal token already has its invitation (the same start form sent twice). */
export async function hasTicket(tx: Tx, tokenHash: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: measurementInvitations.id })
    .from(measurementInvitations)
    .where(eq(measurementInvitations.tokenHash, tokenHash));
  return Boolean(row);
}
