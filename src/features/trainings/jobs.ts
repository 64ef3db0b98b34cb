/**
 * training-cleanup, hourly: deletes registrations never confirmed within 48 hours, and every
 * registration 30 days after its session ended (the participant list is no longer needed then).
 * Idempotent: a second run finds nothing more to delete.
 */
import { and, eq, inArray, lt } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { trainingRegistrations, trainingSessions } from "../../db/schema/index.js";
import { defineSweep } from "../../jobs/definition.js";
import { TRAINING_CLEANUP_JOB } from "./job-names.js";
import { CONFIRM_HOURS } from "./domain/link-token.js";

export const KEEP_DAYS_AFTER_SESSION = 30;

export async function cleanUpRegistrations(db: Db, now = new Date()): Promise<number> {
  const unconfirmed = await db
    .delete(trainingRegistrations)
    .where(
      and(
        eq(trainingRegistrations.state, "pending"),
        lt(trainingRegistrations.createdAt, new Date(now.getTime() - CONFIRM_HOURS * 3_600_000)),
      ),
    )
    .returning({ id: trainingRegistrations.id });
  const ended = db
    .select({ id: trainingSessions.id })
    .from(trainingSessions)
    .where(lt(trainingSessions.endsAt, new Date(now.getTime() - KEEP_DAYS_AFTER_SESSION * 86_400_000)));
  const old = await db
    .delete(trainingRegistrations)
    .where(inArray(trainingRegistrations.sessionId, ended))
    .returning({ id: trainingRegistrations.id });
  return unconfirmed.length + old.length;
}

export const trainingCleanupJob = defineSweep(
  TRAINING_CLEANUP_JOB,
  async (deps) => ({ deleted: await cleanUpRegistrations(deps.db) }),
  "training registrations cleaned up",
);
