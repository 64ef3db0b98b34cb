/** A person's sign-ups, for their data export. */
import { and, eq } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { eventSignups, events } from "../../../db/schema/index.js";

export function signupsOfPerson(tx: Tx, orgId: string, userId: string) {
  return tx
    .select({
      title: events.title,
      startsAt: events.startsAt,
      people: eventSignups.people,
      signedUpAt: eventSignups.signedUpAt,
    })
    .from(eventSignups)
    .innerJoin(events, and(eq(events.orgId, eventSignups.orgId), eq(events.id, eventSignups.eventId)))
    .where(and(eq(eventSignups.orgId, orgId), eq(eventSignups.userId, userId)));
}
