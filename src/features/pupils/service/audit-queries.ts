/**
 * The audit trail as the school leader reads it: the newest entries, with names resolved, and the
 * things their details name by id as they are now (audit-references.ts).
 */
import { and, desc, eq, sql } from "drizzle-orm";
import { auditLog, groups, guardians, pupils, users } from "../../../db/schema/index.js";
import { inOrg, type OrgScope } from "../../../db/org-scope.js";
import { withReferences } from "./audit-references.js";

export const AUDIT_PAGE_LIMIT = 200;

/** The latest entries: who did what to which pupil, guardian or group, and when. */
export function listAuditEntries(scope: OrgScope) {
  return inOrg(scope, async (tx) => {
    const entries = await tx
      .select({
        id: auditLog.id,
        at: auditLog.at,
        action: auditLog.action,
        entity: auditLog.entity,
        detail: auditLog.detail,
        who: users.name,
        // The name of what was touched, when it still exists and is a pupil, guardian or group.
        subject: sql<string | null>`coalesce(
          nullif(concat_ws(' ', ${pupils.firstName}, ${pupils.surnamePrefix}, ${pupils.surname}), ''),
          ${guardians.name}, ${groups.name})`,
      })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.userId))
      .leftJoin(
        pupils,
        and(eq(auditLog.entity, "pupil"), eq(pupils.orgId, auditLog.orgId), eq(pupils.id, auditLog.entityId)),
      )
      .leftJoin(
        guardians,
        and(eq(auditLog.entity, "guardian"), eq(guardians.orgId, auditLog.orgId), eq(guardians.id, auditLog.entityId)),
      )
      .leftJoin(
        groups,
        and(eq(auditLog.entity, "group"), eq(groups.orgId, auditLog.orgId), eq(groups.id, auditLog.entityId)),
      )
      .where(eq(auditLog.orgId, scope.orgId))
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(AUDIT_PAGE_LIMIT);
    return withReferences(tx, scope.orgId, entries);
  });
}
