/**
 * Who signed up for an event, for the staff who organise it: each person's name and number of
 * people, in the order they signed up, whether they came (once recorded), the total against the
 * capacity, and the waiting list in its order. Runs in the owner's transaction, after the owner
 * checked that this viewer may see it.
 */
import { asc, eq } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { eventSignups, users } from "../../../db/schema/index.js";
import { placesLeft } from "../domain/capacity.js";
import { eventRow } from "./events.js";

export interface SignupRow {
  userId: string;
  name: string;
  people: number;
  signedUpAt: Date;
  attended: boolean | null;
}

export interface SignupList {
  signups: SignupRow[];
  /** The waiting list, first in line first. */
  waiting: SignupRow[];
  taken: number;
  capacity: number | null;
  placesLeft: number | null;
  cancelled: boolean;
  /** How many were mailed its cancellation; null when not cancelled or not known (cancelled before it was kept). */
  told: number | null;
}

export async function signupList(tx: Tx, orgId: string, eventId: string): Promise<SignupList | null> {
  const event = await eventRow(tx, orgId, eventId);
  if (!event) return null;
  const rows = await tx
    .select({
      userId: eventSignups.userId,
      name: users.name,
      people: eventSignups.people,
      signedUpAt: eventSignups.signedUpAt,
      attended: eventSignups.attended,
      waiting: eventSignups.waiting,
    })
    .from(eventSignups)
    .innerJoin(users, eq(users.id, eventSignups.userId))
    .where(ofOrg(eventSignups, orgId, { eventId }))
    .orderBy(asc(eventSignups.signedUpAt), asc(eventSignups.userId));
  const strip = ({ waiting: _waiting, ...row }: (typeof rows)[number]): SignupRow => row;
  const signups = rows.filter((r) => !r.waiting).map(strip);
  const taken = signups.reduce((sum, s) => sum + s.people, 0);
  return {
    signups,
    waiting: rows.filter((r) => r.waiting).map(strip),
    taken,
    capacity: event.capacity,
    placesLeft: placesLeft({ capacity: event.capacity, taken }),
    cancelled: event.cancelledAt !== null,
    told: event.cancelMailed,
  };
}
