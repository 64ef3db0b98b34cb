/**
 * Signing up for an event and cancelling. One sign-up per person (the primary key): signing up
 * again with another number changes it, with the same number is refused as already done. The
 * capacity holds when many sign up in the same second because every sign-up first locks the
 * event's row, so they are counted one after another (signups.test.ts races them). Each runs in
 * the caller's transaction, after the owner checked that the person is invited.
 *
 * An event with a waiting list (the school's own events) takes a sign-up that does not fit as a
 * place in line instead of refusing it. When places come free (a cancellation, a smaller number,
 * a larger capacity) the waiting list moves up in the same transaction, under the same lock: the
 * first in line whose number fits gets the place, then the next, and each is told by mail.
 */
import { and, asc, eq, sql } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { eventSignups, users } from "../../../db/schema/index.js";
import { formatSlot } from "../../../lib/time/format.js";
import { letter } from "../../../mail/letter.js";
import { asRecipient, notify } from "../../../mail/notify.js";
import type { Deps } from "../../../web/env.js";
import type { MessageKey } from "../../../web/i18n/index.js";
import { refuse, type Outcome, type Refused } from "../../../web/outcome.js";
import { admits } from "../domain/capacity.js";
import { eventMovedUp } from "../notifications.js";
import { schoolNameOf } from "../../pupils/index.js";
import { lockedEvent, takenOf, waitingPositionsOf, type EventRow } from "./events.js";

export interface SignupKey {
  orgId: string;
  eventId: string;
  userId: string;
}

/**
 * What moving the waiting list up needs to mail those who got a place; the owner of the event
 * may word that mail in its own terms (a volunteer task has no "number of people").
 */
export type MoveUpDeps = Pick<Deps, "jobs" | "config"> & {
  movedUpMail?: { subject: MessageKey; text: MessageKey };
};

const started = (): Refused<"started"> => refuse("started", "events.refusal.started", "conflict");

const ownRow = (key: SignupKey) =>
  and(eq(eventSignups.orgId, key.orgId), eq(eventSignups.eventId, key.eventId), eq(eventSignups.userId, key.userId));

export type SignupRefusal = Refused<"started" | "cancelled" | "full" | "alreadySignedUp">;

export interface Signed {
  changed: boolean;
  /** On the waiting list: the place in line (1 is next); null when signed up. */
  waitingPosition: number | null;
}

export async function signUp(
  tx: Tx,
  key: SignupKey & { people: number; now?: Date },
  deps?: MoveUpDeps,
): Promise<Outcome<Signed, SignupRefusal>> {
  const event = await lockedEvent(tx, key.orgId, key.eventId);
  if (event.startsAt <= (key.now ?? new Date())) return started();
  if (event.cancelledAt) return refuse("cancelled", "events.refusal.cancelled", "conflict");
  const [own] = await tx
    .select({ people: eventSignups.people, waiting: eventSignups.waiting })
    .from(eventSignups)
    .where(ownRow(key));
  if (own?.people === key.people)
    return refuse("alreadySignedUp", "events.refusal.alreadySignedUp", "conflict", "people");
  if (own?.waiting) {
    // Still in line with another number; it may fit now.
    await tx.update(eventSignups).set({ people: key.people }).where(ownRow(key));
    await moveUp(tx, event, deps);
    return { ok: true, changed: true, waitingPosition: await positionOf(tx, key) };
  }
  const taken = (await takenOf(tx, key.orgId, [key.eventId])).get(key.eventId) ?? 0;
  if (!admits({ capacity: event.capacity, taken, own: own?.people ?? 0 }, key.people)) {
    if (own || !event.waitingList)
      return refuse("full", own ? "events.refusal.fullForChange" : "events.refusal.full", "conflict", "people");
    await tx.insert(eventSignups).values({ ...newRow(key), waiting: true });
    return { ok: true, changed: false, waitingPosition: await positionOf(tx, key) };
  }
  if (own) {
    await tx.update(eventSignups).set({ people: key.people }).where(ownRow(key));
    if (key.people < own.people) await moveUp(tx, event, deps);
  } else await tx.insert(eventSignups).values(newRow(key));
  return { ok: true, changed: own !== undefined, waitingPosition: null };
}

/**
 * A new sign-up, stamped with the clock under the event's lock (not the transaction's start, which
 * a transaction that waited for the lock had earlier), and after every earlier sign-up of the event
 * by at least a microsecond: the waiting list's order is the order the lock let them in, also when
 * the clock did not tick in between (PGlite's ticks in milliseconds) or stepped back.
 */
const newRow = (key: SignupKey & { people: number }) => ({
  orgId: key.orgId,
  eventId: key.eventId,
  userId: key.userId,
  people: key.people,
  signedUpAt: sql`greatest(clock_timestamp(), (
    select max(s.signed_up_at) + interval '1 microsecond' from ${eventSignups} s
    where s.org_id = ${key.orgId} and s.event_id = ${key.eventId}))`,
});

async function positionOf(tx: Tx, key: SignupKey): Promise<number | null> {
  return (await waitingPositionsOf(tx, key.orgId, [key.eventId], key.userId)).get(key.eventId) ?? null;
}

export type CancelRefusal = Refused<"started" | "notSignedUp">;

export async function cancelSignup(
  tx: Tx,
  key: SignupKey & { now?: Date },
  deps?: MoveUpDeps,
): Promise<Outcome<{ movedUp: number; wasWaiting: boolean }, CancelRefusal>> {
  const event = await lockedEvent(tx, key.orgId, key.eventId);
  if (event.startsAt <= (key.now ?? new Date())) return started();
  const gone = await tx
    .delete(eventSignups)
    .where(ownRow(key))
    .returning({ userId: eventSignups.userId, waiting: eventSignups.waiting });
  if (!gone.length) return refuse("notSignedUp", "events.refusal.notSignedUp", "conflict");
  const wasWaiting = gone[0]!.waiting;
  const movedUp = wasWaiting ? 0 : await moveUp(tx, event, deps);
  return { ok: true, movedUp, wasWaiting };
}

/**
 * Gives free places to the waiting list, in the order people joined it: each one whose number
 * fits in what is left gets a place (a family of four waits while a single parent behind it fits).
 * Runs with the event's row locked by the caller; mails each one who moved up when deps are given.
 * Returns how many moved up.
 */
export async function moveUp(tx: Tx, event: EventRow, deps?: MoveUpDeps): Promise<number> {
  if (!event.waitingList || event.cancelledAt) return 0;
  const waiting = await tx
    .select({
      userId: eventSignups.userId,
      people: eventSignups.people,
      email: users.email,
      name: users.name,
      locale: users.locale,
    })
    .from(eventSignups)
    .innerJoin(users, eq(users.id, eventSignups.userId))
    .where(ofOrg(eventSignups, event.orgId, { eventId: event.id, waiting: true }))
    .orderBy(asc(eventSignups.signedUpAt), asc(eventSignups.userId));
  if (!waiting.length) return 0;
  let taken = (await takenOf(tx, event.orgId, [event.id])).get(event.id) ?? 0;
  const moved = waiting.filter((row) => {
    if (!admits({ capacity: event.capacity, taken, own: 0 }, row.people)) return false;
    taken += row.people;
    return true;
  });
  for (const row of moved)
    await tx
      .update(eventSignups)
      .set({ waiting: false })
      .where(ownRow({ orgId: event.orgId, eventId: event.id, userId: row.userId }));
  if (deps && moved.length) await tellMovedUp(tx, deps, event, moved);
  return moved.length;
}

async function tellMovedUp(
  tx: Tx,
  deps: MoveUpDeps,
  event: EventRow,
  moved: { email: string; name: string; locale: string | null; people: number }[],
) {
  const school = await schoolNameOf(tx, event.orgId);
  const recipients = moved.map(asRecipient);
  await notify(tx, deps.jobs, eventMovedUp, recipients, (to, t) => {
    const params = {
      title: event.title,
      time: formatSlot(to.locale, event.startsAt, event.endsAt),
      people: to.people,
      url: `${deps.config.publicUrl}${event.path}`,
    };
    const keys = deps.movedUpMail ?? { subject: "events.mail.movedUp.subject", text: "events.mail.movedUp.text" };
    return {
      subject: t(keys.subject, params),
      text: letter(t, { name: to.name, from: school }, t(keys.text, params)),
    };
  });
}
