/**
 * The catalogue as everyone reads it: trainings with their sessions still to come, and per session
 * how many have a place and how many wait. Platform-wide content (no organisation).
 */
import { and, asc, eq, gt, inArray, sql } from "drizzle-orm";
import type { Db, Executor } from "../../../db/client.js";
import { trainingRegistrations, trainings, trainingSessions, type Training } from "../../../db/schema/index.js";
import type { Locale } from "../../../web/i18n/index.js";

export interface SessionView {
  id: string;
  startsAt: Date;
  endsAt: Date;
  place: string;
  online: boolean;
  capacity: number;
  placed: number;
  waiting: number;
}

export interface TrainingView {
  id: string;
  slug: string;
  title: string;
  description: string;
  audience: string;
  sessions: SessionView[];
}

/** A training's title in the page's language. */
export function titleIn(locale: Locale, row: Pick<Training, "titleNl" | "titleEn">): string {
  return locale === "en" ? row.titleEn : row.titleNl;
}

function inLocale(row: Training, locale: Locale, sessions: SessionView[]): TrainingView {
  const en = locale === "en";
  return {
    id: row.id,
    slug: row.slug,
    title: titleIn(locale, row),
    description: en ? row.descriptionEn : row.descriptionNl,
    audience: en ? row.audienceEn : row.audienceNl,
    sessions,
  };
}

/** The sessions of these trainings (still to come unless `all`), with their counts. */
export async function sessionsOf(db: Executor, trainingIds: string[], options: { now?: Date; all?: boolean } = {}) {
  if (!trainingIds.length) return new Map<string, SessionView[]>();
  const rows = await db
    .select({
      trainingId: trainingSessions.trainingId,
      id: trainingSessions.id,
      startsAt: trainingSessions.startsAt,
      endsAt: trainingSessions.endsAt,
      place: trainingSessions.place,
      onlineUrl: trainingSessions.onlineUrl,
      capacity: trainingSessions.capacity,
      // The outer column spelled out: drizzle writes ${trainingSessions.id} unqualified in a one-table
      // select, which inside the subquery meant r.id, so every date showed all its places free.
      placed: sql<number>`(select count(*)::int from ${trainingRegistrations} r where r.session_id = training_sessions.id and r.state = 'placed')`,
      waiting: sql<number>`(select count(*)::int from ${trainingRegistrations} r where r.session_id = training_sessions.id and r.state = 'waiting')`,
    })
    .from(trainingSessions)
    .where(
      and(
        inArray(trainingSessions.trainingId, trainingIds),
        options.all ? undefined : gt(trainingSessions.startsAt, options.now ?? new Date()),
      ),
    )
    .orderBy(asc(trainingSessions.startsAt), asc(trainingSessions.id));
  const byTraining = new Map<string, SessionView[]>();
  for (const { trainingId, onlineUrl, ...session } of rows) {
    const list = byTraining.get(trainingId) ?? [];
    list.push({ ...session, online: onlineUrl !== "" });
    byTraining.set(trainingId, list);
  }
  return byTraining;
}

/** Every training with its sessions to come, by title. */
export async function catalogue(db: Db, locale: Locale, now = new Date()): Promise<TrainingView[]> {
  const rows = await db
    .select()
    .from(trainings)
    .orderBy(asc(locale === "en" ? trainings.titleEn : trainings.titleNl));
  const sessions = await sessionsOf(
    db,
    rows.map((r) => r.id),
    { now },
  );
  return rows.map((row) => inLocale(row, locale, sessions.get(row.id) ?? []));
}

/** One training by its address, with its sessions to come (all of them for the editors); null when there is none. */
export async function trainingBySlug(
  db: Db,
  locale: Locale,
  slug: string,
  options: { now?: Date; all?: boolean } = {},
): Promise<TrainingView | null> {
  const [row] = await db.select().from(trainings).where(eq(trainings.slug, slug));
  if (!row) return null;
  const sessions = await sessionsOf(db, [row.id], options);
  return inLocale(row, locale, sessions.get(row.id) ?? []);
}
