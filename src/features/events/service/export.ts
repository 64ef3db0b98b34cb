/** A person's sign-ups (with their place on a waiting list and whether they came) and topics, for their data export. */
import { and, eq } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { eventSignups, eventTopicSupports, eventTopics, events } from "../../../db/schema/index.js";

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
    .where(ofOrg(eventSignups, orgId, { userId }));
}

export function topicsOfPerson(tx: Tx, orgId: string, userId: string) {
  return tx
    .select({ event: events.title, body: eventTopics.body, createdAt: eventTopics.createdAt })
    .from(eventTopics)
    .innerJoin(events, and(eq(events.orgId, eventTopics.orgId), eq(events.id, eventTopics.eventId)))
    .where(ofOrg(eventTopics, orgId, { userId }));
}

/** The topics they supported (not who wrote them: shown without names to everyone). */
export function topicSupportsOfPerson(tx: Tx, orgId: string, userId: string) {
  return tx
    .select({ event: events.title, topic: eventTopics.body })
    .from(eventTopicSupports)
    .innerJoin(
      eventTopics,
      and(eq(eventTopics.orgId, eventTopicSupports.orgId), eq(eventTopics.id, eventTopicSupports.topicId)),
    )
    .innerJoin(events, and(eq(events.orgId, eventTopics.orgId), eq(events.id, eventTopics.eventId)))
    .where(ofOrg(eventTopicSupports, orgId, { userId }));
}
