/**
 * The platform's audit trail: what editors and the administrator decided for the whole platform
 * (the campaign's stories approved or declined, FAQ and library edits, panel reports published,
 * trainings and their dates changed or deleted, editors appointed or removed). These belong to no
 * organisation, so the organisation's audit_log (org_id, row-level security) cannot hold them;
 * only the administrator reads them (/admin/audit).
 *
 * Personal data: who did it (an account, set null when the account is deleted) and a short detail
 * that names no registrant or parent. Kept like the organisations' audit log, as the platform's
 * history.
 */
import { index } from "drizzle-orm/pg-core";
import { auditEntry, globalTable, person } from "./columns.js";

export const platformAuditLog = globalTable(
  "platform_audit_log",
  {
    userId: person("user_id"),
    ...auditEntry(),
  },
  (t) => [index("platform_audit_log_at_idx").on(t.at)],
);
