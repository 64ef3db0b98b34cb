/** A person's sign-ups (with their place on a waiting list and whether they came) and topics, for their data export. */
import { and, eq } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { eventSignups, eventTopics, events } from "../../../db/schema/index.js";

export function signupsOfPerson(tx: Tx, orgId: string, userId: string) {
  return tx
    .select({
      title: events.title,
      startsAt: events.startsAt,
      people: eventSignups.people,
      signedUpAt: eventSignups.signedUpAt,
      waiting: eventSignups.waiting,
      attended: eventSignups.attended,
    })
    .from(eventSignups)
    .innerJoin(events, and(eq(events.orgId, eventSignups.orgId), eq(events.id, eventSignups.eventId)))
    .where(and(eq(eventSignups.orgId, orgId), eq(eventSignups.userId, userId)));
}

export function topicsOfPerson(tx: Tx, orgId: string, userId: string) {
  return tx
    .select({ event: events.title, body: eventTopics.body, createdAt: eventTopics.createdAt })
    .from(eventTopics)
    .innerJoin(events, and(eq(events.orgId, eventTopics.orgId), eq(events.id, eventTopics.eventId)))
    .where(and(eq(eventTopics.orgId, orgId), eq(eventTopics.userId, userId)));
}
