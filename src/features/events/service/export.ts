/** A person's sign-ups (with their place on a waiting list and whether they came) and topics, for their data export. */
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { eventSignups, eventTopicSupports, eventTopics, events } from "../../../db/schema/index.js";
import { onKey } from "../../../db/on-key.js";

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
    .innerJoin(events, onKey(events, eventSignups.orgId, eventSignups.eventId))
    .where(ofOrg(eventSignups, orgId, { userId }));
}

export function topicsOfPerson(tx: Tx, orgId: string, userId: string) {
  return tx
    .select({ event: events.title, body: eventTopics.body, createdAt: eventTopics.createdAt })
    .from(eventTopics)
    .innerJoin(events, onKey(events, eventTopics.orgId, eventTopics.eventId))
    .where(ofOrg(eventTopics, orgId, { userId }));
}

/** The topics they supported (not who wrote them: shown without names to everyone). */
export function topicSupportsOfPerson(tx: Tx, orgId: string, userId: string) {
  return tx
    .select({ event: events.title, topic: eventTopics.body })
    .from(eventTopicSupports)
    .innerJoin(eventTopics, onKey(eventTopics, eventTopicSupports.orgId, eventTopicSupports.topicId))
    .innerJoin(events, onKey(events, eventTopics.orgId, eventTopics.eventId))
    .where(ofOrg(eventTopicSupports, orgId, { userId }));
}
