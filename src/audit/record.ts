/**
 * The audit trails: an organisation's (who viewed or changed pupils' and guardians' data, and what
 * staff decided) and the platform's (what editors and the administrator decided for everyone).
 */
import { sql } from "drizzle-orm";
import { preparedQuery, type Executor, type Tx } from "../db/client.js";
import { orderedId } from "../db/ordered-id.js";
import { auditLog, platformAuditLog } from "../db/schema/index.js";

/** What an entry says was done; the school's trail shows each in words (pupils.audit.action.<code>). */
export const auditActions = [
  "view",
  "create",
  "update",
  "archive",
  "delete",
  "import",
  "move",
  "open",
  "close",
  "remind",
  "export",
  "reset",
  "hide",
  "unhide",
  "merge",
  "skip",
  "unskip",
  "link",
  "unlink",
  "publish",
  "answer",
  "award",
  "notYet",
  "revoke",
  "report",
  "keep",
  "approve",
  "decline",
  "match",
  "end",
  "appoint",
  "dismiss",
] as const;
export type AuditAction = (typeof auditActions)[number];

/** What an entry is about; the school's trail shows each in words (pupils.audit.entity.<code>). */
export const auditEntities = [
  "pupil",
  "guardian",
  "group",
  "staff",
  "pupils",
  "guardians",
  "measurement",
  "conversation_round",
  "conversation_booking",
  "second_factor",
  "idea",
  "trajectory",
  "trajectory_session",
  "expectations",
  "expectation_response",
  "event",
  "certificate",
  "plan",
  "plan_goal",
  "plan_action",
  "plan_response",
  "advisor_note",
  "discussion_group",
  "discussion_post",
  "buddy_pair",
  "volunteer_task",
  "network_request",
  "news_reaction",
  "news_post",
] as const;
export type AuditEntity = (typeof auditEntities)[number];

interface AuditEntry {
  orgId: string;
  userId: string | null;
  action: AuditAction;
  entity: AuditEntity;
  entityId?: string | null;
  detail?: string;
}

/** Appends one entry, inside the caller's transaction, so it exists exactly when the change does. */
export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await insertAudit(tx, {
    id: orderedId(),
    orgId: entry.orgId,
    userId: entry.userId,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    detail: entry.detail ?? null,
  });
}

/** Built once (prepared): a booking writes one on every request that books. */
const insertAudit = preparedQuery("audit_log_insert", (db) =>
  db.insert(auditLog).values({
    id: sql.placeholder("id"),
    orgId: sql.placeholder("orgId"),
    userId: sql.placeholder("userId"),
    action: sql.placeholder("action"),
    entity: sql.placeholder("entity"),
    entityId: sql.placeholder("entityId"),
    detail: sql.placeholder("detail"),
  }),
);

/** The entry of what the person acting in this organisation did (the scope's `orgId` and `userId`; no one for a job). */
export function recordAuditBy(
  tx: Tx,
  scope: Pick<AuditEntry, "orgId" | "userId">,
  entry: Omit<AuditEntry, "orgId" | "userId">,
): Promise<void> {
  return recordAudit(tx, { orgId: scope.orgId, userId: scope.userId, ...entry });
}

/** What the platform's trail says was done and what about (things of no organisation), each in words (admin.audit.…). */
export const platformAuditActions = [
  "create",
  "update",
  "delete",
  "approve",
  "decline",
  "publish",
  "appoint",
  "dismiss",
] as const;
export type PlatformAuditAction = (typeof platformAuditActions)[number];
export const platformAuditEntities = [
  "training",
  "training_session",
  "campaign_story",
  "advice_item",
  "panel_survey",
  "platform_editor",
  "account",
] as const;
export type PlatformAuditEntity = (typeof platformAuditEntities)[number];

/**
 * Appends one entry to the platform's trail, in the caller's transaction (or as one statement
 * when the change is one). The detail names no registrant or parent: a title, a count, a reason code.
 */
export async function recordPlatformAudit(
  tx: Executor,
  entry: {
    userId: string | null;
    action: PlatformAuditAction;
    entity: PlatformAuditEntity;
    entityId?: string | null;
    detail?: string;
  },
): Promise<void> {
  await tx.insert(platformAuditLog).values({
    id: orderedId(),
    userId: entry.userId,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    detail: entry.detail ?? null,
  });
}
