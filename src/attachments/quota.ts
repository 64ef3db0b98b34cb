/**
 * A day's room for attachments, per person and per organisation (ATTACHMENT_DAILY_MB_PERSON and
 * _ORG): without it, someone could fill the database and every backup with files (decision 008).
 * Counted from the attachments table, the stored (re-encoded) sizes since midnight in the school's
 * time zone, so it holds across server processes and restarts; a new day starts at midnight.
 * Checked in the transaction that stores the files, under the organisation's lock for
 * attachments: two uploads at once cannot both take the room left for one.
 */
import { and, eq, gte, sql } from "drizzle-orm";
import type { Config } from "../config.js";
import type { Tx } from "../db/client.js";
import { attachments } from "../db/schema/index.js";
import { localToUtc, utcToLocal } from "../lib/time/zone.js";
import { InputError } from "../web/input-error.js";

const MB = 1024 * 1024;

/** The day's room a person's upload must fit in, in MB: theirs and their organisation's. */
export type DailyRoom = Pick<Config, "ATTACHMENT_DAILY_MB_PERSON" | "ATTACHMENT_DAILY_MB_ORG">;

export interface QuotaScope {
  orgId: string;
  userId: string | null;
}

/** Midnight today in the school's time zone: where the day's count starts. */
function startOfDay(now: Date): Date {
  return localToUtc(utcToLocal(now).date, "00:00");
}

/**
 * Waits for the organisation's other uploads that are being stored: the lock is the transaction's,
 * so a second upload counts the first one's files once that has committed (or rolled back).
 */
async function lockOrgAttachments(tx: Tx, orgId: string) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`attachments:${orgId}`}, 0))`);
}

async function storedToday(tx: Tx, scope: QuotaScope, since: Date) {
  const [row] = await tx
    .select({
      person: sql<string>`coalesce(sum(${attachments.size}) filter (where ${attachments.uploadedBy} = ${scope.userId}), 0)`,
      org: sql<string>`coalesce(sum(${attachments.size}), 0)`,
    })
    .from(attachments)
    .where(and(eq(attachments.orgId, scope.orgId), gte(attachments.createdAt, since)));
  return { person: Number(row?.person ?? 0), org: Number(row?.org ?? 0) };
}

/**
 * Makes sure `bytes` more fit in today's room of the person and the organisation, inside the
 * transaction that then stores them; refuses with an InputError on the files field otherwise,
 * which rolls back the record the files came with.
 */
export async function claimDailyRoom(tx: Tx, room: DailyRoom, scope: QuotaScope, bytes: number): Promise<void> {
  await lockOrgAttachments(tx, scope.orgId);
  const stored = await storedToday(tx, scope, startOfDay(new Date()));
  const quotaMb = { person: room.ATTACHMENT_DAILY_MB_PERSON, org: room.ATTACHMENT_DAILY_MB_ORG };
  if (stored.person + bytes > quotaMb.person * MB)
    throw new InputError("files", "attachments.error.quotaPerson", { quotaMb: quotaMb.person });
  if (stored.org + bytes > quotaMb.org * MB)
    throw new InputError("files", "attachments.error.quotaOrg", { quotaMb: quotaMb.org });
}
