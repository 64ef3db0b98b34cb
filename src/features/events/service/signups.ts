/**
 * Signing up for an event and cancelling. One sign-up per person (the primary key): signing up
 * again with another number changes it, with the same number is refused as already done. The
 * capacity holds when many sign up in the same second because every sign-up first locks the
 * event's row, so they are counted one after another (signups.test.ts races them). Each runs in
 * the caller's transaction, after the owner checked that the person is invited.
 */
import { and, eq } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { eventSignups } from "../../../db/schema/index.js";
import { refuse, type Outcome, type Refused } from "../../../web/outcome.js";
import { admits } from "../domain/capacity.js";
import { lockedEvent, takenOf } from "./events.js";

export interface SignupKey {
  orgId: string;
  eventId: string;
  userId: string;
}

const started = (): Refused<"started"> => refuse("started", "events.refusal.started", "conflict");

const ownRow = (key: SignupKey) =>
  and(eq(eventSignups.orgId, key.orgId), eq(eventSignups.eventId, key.eventId), eq(eventSignups.userId, key.userId));

export type SignupRefusal = Refused<"started" | "cancelled" | "full" | "alreadySignedUp">;

export async function signUp(
  tx: Tx,
  key: SignupKey & { people: number; now?: Date },
): Promise<Outcome<{ changed: boolean }, SignupRefusal>> {
  const event = await lockedEvent(tx, key.orgId, key.eventId);
  if (event.startsAt <= (key.now ?? new Date())) return started();
  if (event.cancelledAt) return refuse("cancelled", "events.refusal.cancelled", "conflict");
  const [own] = await tx.select({ people: eventSignups.people }).from(eventSignups).where(ownRow(key));
  if (own?.people === key.people)
    return refuse("alreadySignedUp", "events.refusal.alreadySignedUp", "conflict", "people");
  const taken = (await takenOf(tx, key.orgId, [key.eventId])).get(key.eventId) ?? 0;
  if (!admits({ capacity: event.capacity, taken, own: own?.people ?? 0 }, key.people))
    return refuse("full", own ? "events.refusal.fullForChange" : "events.refusal.full", "conflict", "people");
  if (own) await tx.update(eventSignups).set({ people: key.people }).where(ownRow(key));
  else
    await tx
      .insert(eventSignups)
      .values({ orgId: key.orgId, eventId: key.eventId, userId: key.userId, people: key.people });
  return { ok: true, changed: own !== undefined };
}

export type CancelRefusal = Refused<"started" | "notSignedUp">;

export async function cancelSignup(tx: Tx, key: SignupKey & { now?: Date }): Promise<Outcome<object, CancelRefusal>> {
  const event = await lockedEvent(tx, key.orgId, key.eventId);
  if (event.startsAt <= (key.now ?? new Date())) return started();
  const gone = await tx.delete(eventSignups).where(ownRow(key)).returning({ userId: eventSignups.userId });
  if (!gone.length) return refuse("notSignedUp", "events.refusal.notSignedUp", "conflict");
  return { ok: true };
}
