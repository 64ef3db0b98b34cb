/**
 * The export's parts from shared infrastructure, which may not know the account feature (shared
 * code imports no feature), so the account contributes them itself: the attachments a person
 * uploaded (details and a download address, never the bytes), the reports they made, their own
 * entries in the audit trail and the mails sent to them.
 */
import { asc, eq } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.js";
import { auditLog, outbox } from "../../db/schema/index.js";
import { attachmentPath, attachmentsUploadedBy } from "../../attachments/index.js";
import { reportsBy } from "../../moderation/index.js";
import type { AccountDataSource, PersonalDataSource } from "./personal-data.js";
import { rowsOfPerson } from "./person-rows.js";

async function uploadsOf(tx: Tx, orgId: string, userId: string) {
  const files = await attachmentsUploadedBy(tx, orgId, userId);
  return files.map((file) => ({ ...file, download: attachmentPath(file.id) }));
}

/** What they did to pupils' and guardians' data; the detail is left out, as it may name others. */
function auditOf(tx: Tx, orgId: string, userId: string) {
  return rowsOfPerson(tx, { orgId, userId }, auditLog, {
    by: "userId",
    columns: ["action", "entity", "entityId", "at"],
    order: "at",
  });
}

/** Mails to them that the outbox still holds: what and when, not the body (emptied once sent). */
function mailsTo(db: Db, userId: string) {
  return db
    .select({ kind: outbox.kind, subject: outbox.subject, createdAt: outbox.createdAt, sentAt: outbox.sentAt })
    .from(outbox)
    .where(eq(outbox.userId, userId))
    .orderBy(asc(outbox.createdAt), asc(outbox.id));
}

export const sharedParts: PersonalDataSource[] = [
  { name: "attachments", covers: ["attachments.uploaded_by"], read: uploadsOf },
  { name: "reports", covers: ["moderation_reports.reporter_id"], read: reportsBy },
  { name: "auditTrail", covers: ["audit_log.user_id"], read: auditOf },
];

export const sharedAccountParts: AccountDataSource[] = [{ name: "mails", covers: ["outbox.user_id"], read: mailsTo }];
