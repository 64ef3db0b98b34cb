/**
 * Registering for a training session, confirming by the mailed link, and cancelling. A confirmed
 * registration takes a place while there is one, else it waits; a cancelled place goes at once to
 * whoever confirmed first among those waiting. Every change that counts places first locks the
 * session's row (SELECT … FOR UPDATE), so confirmations and cancellations of one session happen one
 * after another and the capacity holds however many arrive at once (registrations.test.ts races
 * them on both databases). A link used again, a second registration with the same address, or a
 * session that has started: refused with nothing changed.
 */
import { and, asc, count, eq, sql } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { hashToken } from "../../../auth/tokens.js";
import { linkToken } from "../domain/link-token.js";
import type { Db, Tx } from "../../../db/client.js";
import {
  trainingRegistrations,
  trainings,
  trainingSessions,
  type TrainingRegistration,
} from "../../../db/schema/index.js";
import type { Locale } from "../../../web/i18n/index.js";
import { refuse, type Outcome, type Refused } from "../../../web/outcome.js";
import { placementFor } from "../domain/queue.js";
import type { RegisterInput } from "../schemas.js";
import { mailRegistrant, type MailDeps, type SessionWithTitle } from "./mails.js";

const sessionColumns = {
  id: trainingSessions.id,
  trainingId: trainingSessions.trainingId,
  startsAt: trainingSessions.startsAt,
  endsAt: trainingSessions.endsAt,
  place: trainingSessions.place,
  onlineUrl: trainingSessions.onlineUrl,
  capacity: trainingSessions.capacity,
  sequence: trainingSessions.sequence,
  createdAt: trainingSessions.createdAt,
  titleNl: trainings.titleNl,
  titleEn: trainings.titleEn,
  slug: trainings.slug,
};

/** The session with its training's titles, its row locked until the transaction ends. */
async function lockedSession(tx: Tx, sessionId: string): Promise<SessionWithTitle | null> {
  const [row] = await tx
    .select(sessionColumns)
    .from(trainingSessions)
    .innerJoin(trainings, eq(trainings.id, trainingSessions.trainingId))
    .where(eq(trainingSessions.id, sessionId))
    .for("update", { of: trainingSessions });
  return row ?? null;
}

async function placedCount(tx: Tx, sessionId: string): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(trainingRegistrations)
    .where(and(eq(trainingRegistrations.sessionId, sessionId), eq(trainingRegistrations.state, "placed")));
  return row?.n ?? 0;
}

/** The registration's number on the waiting list (1 is next). */
async function positionOf(
  tx: Tx,
  registration: Pick<TrainingRegistration, "id" | "sessionId" | "confirmedAt">,
): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(trainingRegistrations)
    .where(
      and(
        eq(trainingRegistrations.sessionId, registration.sessionId),
        eq(trainingRegistrations.state, "waiting"),
        sql`(${trainingRegistrations.confirmedAt}, ${trainingRegistrations.id}) < (${registration.confirmedAt ?? new Date()}::timestamptz, ${registration.id}::uuid)`,
      ),
    );
  return (row?.n ?? 0) + 1;
}

export type RegisterRefusal = Refused<"session" | "started" | "alreadyRegistered">;

/** A new, unconfirmed registration and the mail with its confirmation link. */
export async function register(
  db: Db,
  deps: MailDeps,
  input: RegisterInput & { trainingId: string; locale: Locale; now?: Date },
): Promise<Outcome<object, RegisterRefusal>> {
  return db.transaction(async (tx) => {
    const session = input.session ? await lockedSession(tx, input.session) : null;
    if (!session || session.trainingId !== input.trainingId)
      return refuse("session", "trainings.refusal.session", "invalid", "session");
    if (session.startsAt <= (input.now ?? new Date()))
      return refuse("started", "trainings.refusal.started", "conflict", "session");
    const id = randomUUID();
    const [made] = await tx
      .insert(trainingRegistrations)
      .values({
        id,
        sessionId: session.id,
        name: input.name,
        email: input.email,
        school: input.school,
        locale: input.locale,
        tokenHash: hashToken(linkToken(deps.config.SECRET_KEY, id)),
      })
      .onConflictDoNothing()
      .returning();
    if (!made) return refuse("alreadyRegistered", "trainings.refusal.alreadyRegistered", "conflict", "email");
    await mailRegistrant(tx, deps, "confirm", made, session);
    return { ok: true };
  });
}

export interface LinkState {
  registration: TrainingRegistration;
  session: SessionWithTitle;
  position: number | null;
}

/** What a mailed link is about (for the page that asks to confirm or cancel); null when unknown. */
export async function registrationByToken(db: Db, token: string): Promise<LinkState | null> {
  return db.transaction(async (tx) => {
    const [registration] = await tx
      .select()
      .from(trainingRegistrations)
      .where(eq(trainingRegistrations.tokenHash, hashToken(token)));
    if (!registration) return null;
    const [session] = await tx
      .select(sessionColumns)
      .from(trainingSessions)
      .innerJoin(trainings, eq(trainings.id, trainingSessions.trainingId))
      .where(eq(trainingSessions.id, registration.sessionId));
    if (!session) return null;
    const position = registration.state === "waiting" ? await positionOf(tx, registration) : null;
    return { registration, session, position };
  });
}

type LinkRefusal = "unknownLink" | "started";

/** The registration of a link with its session locked first (the order every change takes). */
async function lockedByToken(tx: Tx, token: string) {
  const [found] = await tx
    .select({ sessionId: trainingRegistrations.sessionId })
    .from(trainingRegistrations)
    .where(eq(trainingRegistrations.tokenHash, hashToken(token)));
  if (!found) return null;
  const session = await lockedSession(tx, found.sessionId);
  const [registration] = await tx
    .select()
    .from(trainingRegistrations)
    .where(eq(trainingRegistrations.tokenHash, hashToken(token)))
    .for("update");
  return session && registration ? { session, registration } : null;
}

/** The registration of a link, locked as above; refused when the link is unknown or it was cancelled. */
async function openRegistration(tx: Tx, token: string) {
  const found = await lockedByToken(tx, token);
  if (!found) return refuse("unknownLink", "trainings.refusal.unknownLink", "conflict");
  if (found.registration.state === "cancelled")
    return refuse("alreadyCancelled", "trainings.refusal.alreadyCancelled", "conflict");
  return { ok: true as const, ...found };
}

export type ConfirmRefusal = Refused<LinkRefusal | "alreadyConfirmed" | "alreadyCancelled">;

/** Confirms the address: a place while there is one, else the waiting list; mails which. */
export async function confirmRegistration(
  db: Db,
  deps: MailDeps,
  token: string,
  now = new Date(),
): Promise<Outcome<{ placement: "placed" | "waiting"; position: number }, ConfirmRefusal>> {
  return db.transaction(async (tx) => {
    const found = await openRegistration(tx, token);
    if (!found.ok) return found;
    const { session, registration } = found;
    if (registration.state !== "pending")
      return refuse("alreadyConfirmed", "trainings.refusal.alreadyConfirmed", "conflict");
    if (session.startsAt <= now) return refuse("started", "trainings.refusal.started", "conflict");
    const placement = placementFor(session.capacity, await placedCount(tx, session.id));
    const [updated] = await tx
      .update(trainingRegistrations)
      // The database's clock at this moment, after the lock: the order in which confirmations really happened.
      .set({ state: placement, confirmedAt: sql`clock_timestamp()` })
      .where(eq(trainingRegistrations.id, registration.id))
      .returning();
    const position = placement === "waiting" ? await positionOf(tx, updated!) : 0;
    await mailRegistrant(tx, deps, placement, registration, session, { position });
    return { ok: true, placement, position };
  });
}

export type CancelRefusal = Refused<LinkRefusal | "alreadyCancelled">;

/**
 * Cancels: the name and address are wiped at once (after the mail that says so is recorded), and a
 * place that frees up goes to the first on the waiting list, who is mailed with the invitation.
 */
export async function cancelRegistration(
  db: Db,
  deps: MailDeps,
  token: string,
  now = new Date(),
): Promise<Outcome<{ movedUp: boolean }, CancelRefusal>> {
  return db.transaction(async (tx) => {
    const found = await openRegistration(tx, token);
    if (!found.ok) return found;
    const { session, registration } = found;
    if (session.startsAt <= now) return refuse("started", "trainings.refusal.started", "conflict");
    const hadPlace = registration.state === "placed";
    await mailRegistrant(tx, deps, "cancelled", registration, session, { withdrawInvitation: hadPlace });
    await tx
      .update(trainingRegistrations)
      .set({ state: "cancelled", cancelledAt: now, name: "", email: "", school: "" })
      .where(eq(trainingRegistrations.id, registration.id));
    const movedUp = hadPlace ? await fillFreePlaces(tx, deps, session) : 0;
    return { ok: true, movedUp: movedUp > 0 };
  });
}

/** Gives free places to those waiting, first confirmed first; the session's row is locked by the caller. */
export async function fillFreePlaces(tx: Tx, deps: MailDeps, session: SessionWithTitle): Promise<number> {
  const free = session.capacity - (await placedCount(tx, session.id));
  if (free <= 0) return 0;
  const next = await tx
    .select()
    .from(trainingRegistrations)
    .where(and(eq(trainingRegistrations.sessionId, session.id), eq(trainingRegistrations.state, "waiting")))
    .orderBy(asc(trainingRegistrations.confirmedAt), asc(trainingRegistrations.id))
    .limit(free)
    .for("update");
  for (const registration of next) {
    await tx
      .update(trainingRegistrations)
      .set({ state: "placed" })
      .where(eq(trainingRegistrations.id, registration.id));
    await mailRegistrant(tx, deps, "movedUp", registration, session);
  }
  return next.length;
}

/** Locks a session (for the editors' changes of capacity). */
export { lockedSession };
