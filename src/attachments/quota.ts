/**
 * A day's room for attachments, per person and per organisation (ATTACHMENT_DAILY_MB_PERSON and
 * _ORG): without it, someone could fill the database and every backup with files (decision 008).
 * Counted from the attachments table, the stored (re-encoded) sizes since midnight in the school's
 * time zone, so it holds across server processes and restarts; a new day starts at midnight.
 * Two requests of one organisation at the same moment may both fit and together pass the
 * organisation's limit by at most one request (UPLOAD_MAX_MB); one person sends one at a time.
 */
import { and, eq, gte, sql } from "drizzle-orm";
import type { Config } from "../config.js";
import { withOrg, type Db } from "../db/client.js";
import { attachments } from "../db/schema/index.js";
import { localToUtc, utcToLocal } from "../lib/time/zone.js";
import type { MessageKey } from "../web/i18n/index.js";

const MB = 1024 * 1024;

export interface QuotaScope {
  orgId: string;
  userId: string;
}

export type QuotaRefusal = { key: MessageKey; params: Record<string, number> };

/** Midnight today in the school's time zone: where the day's count starts. */
export function startOfDay(now: Date): Date {
  return localToUtc(utcToLocal(now).date, "00:00");
}

async function storedToday(db: Db, scope: QuotaScope, since: Date) {
  const [row] = await withOrg(db, scope, (tx) =>
    tx
      .select({
        person: sql<string>`coalesce(sum(${attachments.size}) filter (where ${attachments.uploadedBy} = ${scope.userId}), 0)`,
        org: sql<string>`coalesce(sum(${attachments.size}), 0)`,
      })
      .from(attachments)
      .where(and(eq(attachments.orgId, scope.orgId), gte(attachments.createdAt, since))),
  );
  return { person: Number(row?.person ?? 0), org: Number(row?.org ?? 0) };
}

/** Null when `bytes` more fit in today's room of the person and the organisation, else why not. */
export async function quotaRefusal(
  db: Db,
  config: Pick<Config, "ATTACHMENT_DAILY_MB_PERSON" | "ATTACHMENT_DAILY_MB_ORG">,
  scope: QuotaScope,
  bytes: number,
  now: Date = new Date(),
): Promise<QuotaRefusal | null> {
  if (bytes === 0) return null;
  const stored = await storedToday(db, scope, startOfDay(now));
  if (stored.person + bytes > config.ATTACHMENT_DAILY_MB_PERSON * MB)
    return { key: "attachments.error.quotaPerson", params: { quotaMb: config.ATTACHMENT_DAILY_MB_PERSON } };
  if (stored.org + bytes > config.ATTACHMENT_DAILY_MB_ORG * MB)
    return { key: "attachments.error.quotaOrg", params: { quotaMb: config.ATTACHMENT_DAILY_MB_ORG } };
  return null;
}
