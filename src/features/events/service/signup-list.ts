/**
 * Who signed up for an event, for the staff who organise it: each person's name and number of
 * people, in the order they signed up, and the total against the capacity. Runs in the owner's
 * transaction, after the owner checked that this viewer may see it.
 */
import { and, asc, eq } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { eventSignups, users } from "../../../db/schema/index.js";
import { placesLeft } from "../domain/capacity.js";
import { eventRow } from "./events.js";

export interface SignupList {
  signups: { name: string; people: number; signedUpAt: Date }[];
  taken: number;
  capacity: number | null;
  placesLeft: number | null;
  cancelled: boolean;
}

export async function signupList(tx: Tx, orgId: string, eventId: string): Promise<SignupList | null> {
  const event = await eventRow(tx, orgId, eventId);
  if (!event) return null;
  const signups = await tx
    .select({ name: users.name, people: eventSignups.people, signedUpAt: eventSignups.signedUpAt })
    .from(eventSignups)
    .innerJoin(users, eq(users.id, eventSignups.userId))
    .where(and(eq(eventSignups.orgId, orgId), eq(eventSignups.eventId, eventId)))
    .orderBy(asc(eventSignups.signedUpAt), asc(users.name));
  const taken = signups.reduce((sum, s) => sum + s.people, 0);
  return {
    signups,
    taken,
    capacity: event.capacity,
    placesLeft: placesLeft({ capacity: event.capacity, taken }),
    cancelled: event.cancelledAt !== null,
  };
}
