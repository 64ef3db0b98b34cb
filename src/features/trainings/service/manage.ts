/** The editors' side: new trainings and sessions, and who registered for each session. */
import { and, asc, eq, inArray, ne } from "drizzle-orm";
import type { Db, Executor } from "../../../db/client.js";
import {
  trainingRegistrations,
  trainings,
  trainingSessions,
  type Training,
  type TrainingSession,
} from "../../../db/schema/index.js";
import { localToUtc } from "../../../lib/time/zone.js";
import { pastMessage, startsInFuture } from "../../../web/when-and-where.js";
import { refuse, type Outcome, type Refused } from "../../../web/outcome.js";
import type { SessionInput, TrainingInput } from "../schemas.js";
import type { Locale } from "../../../web/i18n/index.js";

/** Every training, by its title in the page's language. */
export function allTrainings(db: Db, locale: Locale) {
  return db
    .select()
    .from(trainings)
    .orderBy(asc(locale === "en" ? trainings.titleEn : trainings.titleNl));
}

/** A new training, in the caller's transaction (the editors' form posts it once, decision 007). */
export async function createTraining(
  db: Executor,
  input: TrainingInput,
): Promise<Outcome<object, Refused<"slugTaken">>> {
  const made = await db.insert(trainings).values(input).onConflictDoNothing().returning({ id: trainings.id });
  if (!made.length) return refuse("slugTaken", "trainings.error.slugTaken", "conflict", "slug");
  return { ok: true };
}

/** A new date of a training, in the caller's transaction (the form posts it once, decision 007). */
export async function addSession(
  db: Executor,
  trainingId: string,
  input: SessionInput,
  now = new Date(),
): Promise<Outcome<object, Refused<"past">>> {
  const startsAt = localToUtc(input.date, input.startsAt);
  if (!startsInFuture(startsAt, now)) return refuse("past", pastMessage, "invalid", "date");
  await db.insert(trainingSessions).values({
    trainingId,
    startsAt,
    endsAt: localToUtc(input.date, input.endsAt),
    place: input.place,
    onlineUrl: input.onlineUrl,
    capacity: input.capacity,
  });
  return { ok: true };
}

export interface Participant {
  sessionId: string;
  name: string;
  email: string;
  school: string;
  state: "pending" | "placed" | "waiting";
  confirmedAt: Date | null;
}

/** The live registrations of these sessions: those with a place, then the waiting list in order, then the unconfirmed. */
export async function participantsOf(db: Db, sessionIds: string[]): Promise<Participant[]> {
  if (!sessionIds.length) return [];
  const rows = await db
    .select({
      sessionId: trainingRegistrations.sessionId,
      name: trainingRegistrations.name,
      email: trainingRegistrations.email,
      school: trainingRegistrations.school,
      state: trainingRegistrations.state,
      confirmedAt: trainingRegistrations.confirmedAt,
    })
    .from(trainingRegistrations)
    .where(and(inArray(trainingRegistrations.sessionId, sessionIds), ne(trainingRegistrations.state, "cancelled")))
    .orderBy(
      asc(trainingRegistrations.confirmedAt),
      asc(trainingRegistrations.createdAt),
      asc(trainingRegistrations.id),
    );
  const rank = { placed: 0, waiting: 1, pending: 2 } as const;
  return (rows as Participant[]).sort((a, b) => rank[a.state] - rank[b.state]);
}

export async function trainingIdBySlug(db: Db, slug: string): Promise<string | null> {
  const [row] = await db.select({ id: trainings.id }).from(trainings).where(eq(trainings.slug, slug));
  return row?.id ?? null;
}

/** A training as stored (both languages), for the editors' form; null when there is none. */
export async function trainingRowBySlug(db: Db, slug: string): Promise<Training | null> {
  const [row] = await db.select().from(trainings).where(eq(trainings.slug, slug));
  return row ?? null;
}

/** A date of this training as stored; null when the training has no such date. */
export async function sessionOfTraining(
  db: Db,
  trainingId: string,
  sessionId: string,
): Promise<TrainingSession | null> {
  const [row] = await db
    .select()
    .from(trainingSessions)
    .where(and(eq(trainingSessions.id, sessionId), eq(trainingSessions.trainingId, trainingId)));
  return row ?? null;
}
