/** Reading the platform's audit trail (src/db/schema/platform-audit.ts), for the administrator's /admin/audit. */
import { and, desc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../db/client.js";
import { platformAuditLog, users } from "../db/schema/index.js";

export interface PlatformAuditEntry {
  at: Date;
  /** Who did it; null when their account was deleted. */
  who: string | null;
  action: string;
  entity: string;
  /** What it was about: a title, a year, or the person appointed or removed as editor. */
  subject: string | null;
}

/** The newest entries first. */
export async function platformAuditEntries(db: Db, limit = 200): Promise<PlatformAuditEntry[]> {
  const actor = alias(users, "actor");
  const editor = alias(users, "editor");
  const rows = await db
    .select({
      at: platformAuditLog.at,
      who: actor.name,
      action: platformAuditLog.action,
      entity: platformAuditLog.entity,
      detail: platformAuditLog.detail,
      editor: editor.name,
    })
    .from(platformAuditLog)
    .leftJoin(actor, eq(actor.id, platformAuditLog.userId))
    .leftJoin(editor, and(eq(editor.id, platformAuditLog.entityId), eq(platformAuditLog.entity, "platform_editor")))
    .orderBy(desc(platformAuditLog.at), desc(platformAuditLog.id))
    .limit(limit);
  return rows.map(({ editor: name, detail, ...row }) => ({ ...row, subject: name ?? detail }));
}
