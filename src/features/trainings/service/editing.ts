/**
 * The editors' changes to what is already in the catalogue: a training's texts, a date's time,
 * place and capacity, and deleting either. Every change of a date locks its row first, as
 * registering and cancelling do (registrations.ts), so nobody confirms into a date while it
 * changes or disappears. A date that moves or changes place tells the people who registered, with
 * a new invitation (its sequence rises) for those with a place; a date that is deleted tells them
 * it is off, with a CANCEL for the calendar. Unconfirmed registrations get no mail: their address
 * was never confirmed. Each change is in the platform's audit trail.
 */
import { and, count, eq, inArray, ne } from "drizzle-orm";
import { recordPlatformAudit } from "../../../audit/record.js";
import type { Db, Tx } from "../../../db/client.js";
import { trainingRegistrations, trainings, trainingSessions } from "../../../db/schema/index.js";
import { localToUtc } from "../../../lib/time/zone.js";
import { pastMessage, startsInFuture } from "../../../web/when-and-where.js";
import { refuse, type Outcome, type Refused } from "../../../web/outcome.js";
import type { SessionInput, TrainingTextInput } from "../schemas.js";
import { mailRegistrant, type MailDeps, type SessionWithTitle } from "./mails.js";
import { fillFreePlaces, lockedSession } from "./registrations.js";

export async function updateTraining(
  db: Db,
  input: { trainingId: string; userId: string } & TrainingTextInput,
): Promise<void> {
  const { trainingId, userId, ...texts } = input;
  await db.transaction(async (tx) => {
    await tx.update(trainings).set(texts).where(eq(trainings.id, trainingId));
    await recordPlatformAudit(tx, {
      userId,
      action: "update",
      entity: "training",
      entityId: trainingId,
      detail: texts.titleNl,
    });
  });
}

/** The confirmed registrations of a date, who are told when it changes or is deleted. */
async function confirmedOf(tx: Tx, sessionId: string) {
  return tx
    .select()
    .from(trainingRegistrations)
    .where(
      and(eq(trainingRegistrations.sessionId, sessionId), inArray(trainingRegistrations.state, ["placed", "waiting"])),
    );
}

/** How many live registrations a date has: placed, waiting and unconfirmed (for the confirmation question). */
export async function registrationCounts(db: Db, sessionIds: string[]) {
  if (!sessionIds.length) return { placed: 0, waiting: 0, pending: 0 };
  const rows = await db
    .select({ state: trainingRegistrations.state, n: count() })
    .from(trainingRegistrations)
    .where(and(inArray(trainingRegistrations.sessionId, sessionIds), ne(trainingRegistrations.state, "cancelled")))
    .groupBy(trainingRegistrations.state);
  const of = (state: string) => rows.find((r) => r.state === state)?.n ?? 0;
  return { placed: of("placed"), waiting: of("waiting"), pending: of("pending") };
}

export type SessionRefusal = Refused<"session" | "past" | "belowPlaced">;

/**
 * Changes a date. Moving it or changing its place raises its sequence and mails those registered
 * (the new invitation to those with a place); more places go at once to those waiting; fewer
 * places than are taken is refused (nobody loses a place they were given).
 */
export async function updateSession(
  db: Db,
  deps: MailDeps,
  input: { trainingId: string; sessionId: string; userId: string; now?: Date } & SessionInput,
): Promise<Outcome<object, SessionRefusal>> {
  const startsAt = localToUtc(input.date, input.startsAt);
  const endsAt = localToUtc(input.date, input.endsAt);
  return db.transaction(async (tx) => {
    const session = await lockedSession(tx, input.sessionId);
    if (!session || session.trainingId !== input.trainingId)
      return refuse("session", "trainings.refusal.session", "invalid");
    const now = input.now ?? new Date();
    if (session.startsAt <= now) return refuse("past", "trainings.error.started", "conflict");
    if (!startsInFuture(startsAt, now)) return refuse("past", pastMessage, "invalid", "date");
    const confirmed = await confirmedOf(tx, session.id);
    const placed = confirmed.filter((r) => r.state === "placed").length;
    if (input.capacity < placed) return refuse("belowPlaced", "trainings.error.belowPlaced", "invalid", "capacity");
    const moved =
      startsAt.getTime() !== session.startsAt.getTime() ||
      endsAt.getTime() !== session.endsAt.getTime() ||
      input.place !== session.place ||
      input.onlineUrl !== session.onlineUrl;
    const changed: SessionWithTitle = {
      ...session,
      startsAt,
      endsAt,
      place: input.place,
      onlineUrl: input.onlineUrl,
      capacity: input.capacity,
      sequence: session.sequence + (moved ? 1 : 0),
    };
    await tx
      .update(trainingSessions)
      .set({
        startsAt,
        endsAt,
        place: input.place,
        onlineUrl: input.onlineUrl,
        capacity: input.capacity,
        sequence: changed.sequence,
      })
      .where(eq(trainingSessions.id, session.id));
    if (moved) for (const registration of confirmed) await mailRegistrant(tx, deps, "changed", registration, changed);
    await fillFreePlaces(tx, deps, changed);
    await recordPlatformAudit(tx, {
      userId: input.userId,
      action: "update",
      entity: "training_session",
      entityId: session.id,
      detail: `${session.titleNl}: ${input.date} ${input.startsAt}-${input.endsAt}, ${input.capacity}`,
    });
    return { ok: true };
  });
}

/**
 * Deletes a date with its registrations. Those with a place or on the waiting list of a date still
 * to come are mailed that it is off (a CANCEL for the invitation of those with a place), in the
 * same transaction. Null when there is no such date of this training.
 */
async function deleteLockedSession(tx: Tx, deps: MailDeps, session: SessionWithTitle, now: Date): Promise<number> {
  const confirmed = session.startsAt > now ? await confirmedOf(tx, session.id) : [];
  for (const registration of confirmed)
    await mailRegistrant(tx, deps, "dateCancelled", registration, session, {
      withdrawInvitation: registration.state === "placed",
    });
  await tx.delete(trainingSessions).where(eq(trainingSessions.id, session.id));
  return confirmed.length;
}

export async function deleteSession(
  db: Db,
  deps: MailDeps,
  input: { trainingId: string; sessionId: string; userId: string; now?: Date },
): Promise<Outcome<{ told: number }, Refused<"session">>> {
  return db.transaction(async (tx) => {
    const session = await lockedSession(tx, input.sessionId);
    if (!session || session.trainingId !== input.trainingId)
      return refuse("session", "trainings.refusal.session", "invalid");
    const told = await deleteLockedSession(tx, deps, session, input.now ?? new Date());
    await recordPlatformAudit(tx, {
      userId: input.userId,
      action: "delete",
      entity: "training_session",
      entityId: session.id,
      detail: `${session.titleNl}: ${session.startsAt.toISOString()}, ${told} told`,
    });
    return { ok: true, told };
  });
}

/** Deletes a training: each of its dates as deleteSession does (with the mails), then the training. */
export async function deleteTraining(
  db: Db,
  deps: MailDeps,
  input: { trainingId: string; userId: string; now?: Date },
): Promise<{ told: number }> {
  return db.transaction(async (tx) => {
    const sessions = await tx
      .select({ id: trainingSessions.id })
      .from(trainingSessions)
      .where(eq(trainingSessions.trainingId, input.trainingId))
      .orderBy(trainingSessions.id);
    let told = 0;
    for (const { id } of sessions) {
      const session = await lockedSession(tx, id);
      if (session) told += await deleteLockedSession(tx, deps, session, input.now ?? new Date());
    }
    const [gone] = await tx
      .delete(trainings)
      .where(eq(trainings.id, input.trainingId))
      .returning({ titleNl: trainings.titleNl });
    if (gone)
      await recordPlatformAudit(tx, {
        userId: input.userId,
        action: "delete",
        entity: "training",
        entityId: input.trainingId,
        detail: `${gone.titleNl}: ${sessions.length} dates, ${told} told`,
      });
    return { told };
  });
}
