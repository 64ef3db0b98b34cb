/**
 * Reminders to invitees who have not answered, in rounds: staff start one
 * with a button (after a confirmation that says how many), and one starts by
 * itself a few days before closing. A round is recorded before anyone is
 * mailed, and each invitation is claimed with UPDATE … SET reminders = round
 * WHERE reminders < round, so a job that runs again, or a form sent twice,
 * never mails anyone twice. Staff only ever see counts, never who.
 */
import { and, count, eq, isNotNull, lt, max } from "drizzle-orm";
import { recordAudit } from "../../../audit/record.js";
import { withOrg, type Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { measurementInvitations, measurementReminders, measurements } from "../../../db/schema/index.js";
import type { Deps } from "../../../web/env.js";
import type { z } from "zod";
import { remindJob } from "../jobs.js";
import type { MeasurementJob, reminderJob } from "./job-names.js";
import { invitees, mailedMeasurement, notifyMeasurementMail } from "./mailing.js";
import { ballotKey, unseal } from "./sealing.js";
import { inOrg, type OrgScope } from "../../../db/org-scope.js";

/** The automatic reminder goes out this many days before the measurement's last day ends. */
export const AUTO_REMINDER_DAYS = 3;
const DAY = 24 * 60 * 60 * 1000;

/** When the automatic reminder is due; null when the measurement is too short for one. */
export function reminderDue(m: { opensAt: Date; closesAt: Date }): Date | null {
  const at = new Date(m.closesAt.getTime() - AUTO_REMINDER_DAYS * DAY);
  return at > m.opensAt ? at : null;
}

/** Invitations a reminder reaches: mailed, not answered, with a link that can be repeated. */
const waiting = (orgId: string, measurementId: string) =>
  ofOrg(
    measurementInvitations,
    orgId,
    { measurementId, kind: "mail", mailed: true, responded: false },
    isNotNull(measurementInvitations.sealedToken),
  );

export interface ReminderState {
  /** How many a reminder would reach now. */
  waiting: number;
  /** The number of the last round; the confirmation form sends it back. */
  lastRound: number;
}

export function reminderState(scope: OrgScope, measurementId: string): Promise<ReminderState> {
  return inOrg(scope, async (tx) => {
    const [pending] = await tx
      .select({ n: count() })
      .from(measurementInvitations)
      .where(waiting(scope.orgId, measurementId));
    return { waiting: pending?.n ?? 0, lastRound: await lastRound(tx, scope.orgId, measurementId) };
  });
}

async function lastRound(tx: Tx, orgId: string, measurementId: string): Promise<number> {
  const [row] = await tx
    .select({ n: max(measurementReminders.number) })
    .from(measurementReminders)
    .where(ofOrg(measurementReminders, orgId, { measurementId }));
  return row?.n ?? 0;
}

/** Locks the measurement (rounds are numbered one at a time) and tells whether it can still be answered. */
async function lockOpen(tx: Tx, orgId: string, measurementId: string, now: Date): Promise<boolean> {
  const [m] = await tx
    .select({ status: measurements.status, closesAt: measurements.closesAt })
    .from(measurements)
    .where(ofOrg(measurements, orgId, { id: measurementId }))
    .for("update");
  return m?.status === "open" && m.closesAt > now;
}

export type ManualRound = { ok: true; round: number } | { ok: false; problem: "notOpen" | "alreadySent" };

/**
 * Starts a round from the confirmation form, which carries the last round it
 * saw: a second press of the same form finds a newer round and starts none.
 * The round's job is queued with it.
 */
export function startManualRound(
  scope: OrgScope & { jobs: Deps["jobs"] },
  measurementId: string,
  seenRound: number,
  now = new Date(),
) {
  return inOrg(scope, async (tx): Promise<ManualRound> => {
    if (!(await lockOpen(tx, scope.orgId, measurementId, now))) return { ok: false, problem: "notOpen" };
    const round = (await lastRound(tx, scope.orgId, measurementId)) + 1;
    if (round !== seenRound + 1) return { ok: false, problem: "alreadySent" };
    await tx
      .insert(measurementReminders)
      .values({ orgId: scope.orgId, measurementId, number: round, kind: "manual", createdBy: scope.userId });
    await recordAudit(tx, {
      orgId: scope.orgId,
      userId: scope.userId,
      action: "remind",
      entity: "measurement",
      entityId: measurementId,
      detail: `round ${round}`,
    });
    await scope.jobs.send(tx, remindJob, { orgId: scope.orgId, measurementId, round });
    return { ok: true, round };
  });
}

/** The automatic round: started once, found again when the job runs again. */
function autoRound(deps: Deps, job: MeasurementJob, now: Date): Promise<number | null> {
  return withOrg(deps.db, { orgId: job.orgId, userId: null }, async (tx) => {
    if (!(await lockOpen(tx, job.orgId, job.measurementId, now))) return null;
    const where = ofOrg(measurementReminders, job.orgId, { measurementId: job.measurementId });
    const [existing] = await tx
      .select({ number: measurementReminders.number })
      .from(measurementReminders)
      .where(and(where, eq(measurementReminders.kind, "auto")));
    if (existing) return existing.number;
    const number = (await lastRound(tx, job.orgId, job.measurementId)) + 1;
    await tx
      .insert(measurementReminders)
      .values({ orgId: job.orgId, measurementId: job.measurementId, number, kind: "auto" });
    await recordAudit(tx, {
      orgId: job.orgId,
      userId: null,
      action: "remind",
      entity: "measurement",
      entityId: job.measurementId,
      detail: `round ${number} (automatic)`,
    });
    return number;
  });
}

export type ReminderJob = z.infer<typeof reminderJob>;

/** The reminder job: mails the round to everyone still waiting who has not had it; returns how many. */
export async function runReminders(deps: Deps, job: ReminderJob, now = new Date()): Promise<number> {
  const round = job.round ?? (await autoRound(deps, job, now));
  if (!round) return 0;
  const scope = { orgId: job.orgId, userId: null };
  const { measurement, pending } = await withOrg(deps.db, scope, async (tx) => ({
    measurement: await mailedMeasurement(tx, job),
    pending: await invitees(
      tx,
      job,
      and(waiting(job.orgId, job.measurementId), lt(measurementInvitations.reminders, round)),
    ),
  }));
  if (!measurement?.ballotKey || measurement.closesAt <= now) return 0;
  const key = ballotKey(measurement.ballotKey, deps.config.SECRET_KEY);
  let mailed = 0;
  for (const invitee of pending) {
    // The claim and the mail in one transaction: a failure leaves it to the job's next attempt.
    const claimed = await withOrg(deps.db, scope, async (tx) => {
      const [row] = await tx
        .update(measurementInvitations)
        .set({ reminders: round })
        .where(
          and(
            waiting(job.orgId, job.measurementId),
            eq(measurementInvitations.id, invitee.id),
            lt(measurementInvitations.reminders, round),
          ),
        )
        .returning({ sealedToken: measurementInvitations.sealedToken });
      if (!row?.sealedToken) return false;
      await notifyMeasurementMail(tx, deps, "reminder", invitee, measurement, unseal(key, row.sealedToken));
      return true;
    });
    if (claimed) mailed++;
  }
  return mailed;
}
