/**
 * The audit trail as the school leader reads it: a page of entries, newest first, with names
 * resolved and the things their details name by id as they are now (audit-references.ts). Pages
 * are found from an entry (keyset on `(at, id)`, index `audit_log_org_at_id_idx` and its filtered
 * siblings, migration 0058), so reading far back costs what the first page does and an entry
 * written meanwhile moves nothing.
 */
import { and, asc, desc, eq, gte, lt, sql, type SQL } from "drizzle-orm";
import { auditLog, groups, guardians, pupils, users } from "../../../db/schema/index.js";
import { rowsOf, type Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { inOrg, type OrgScope } from "../../../db/org-scope.js";
import { PAGE_SIZE } from "../../../lib/paging.js";
import { endOfDay, startOfDay } from "../../../lib/time/school-date.js";
import type { AuditFilter, AuditQuery } from "../audit-filter.js";
import { withReferences } from "./audit-references.js";

/** A page of the trail: its entries, and the entries to page on from (null where the trail ends). */
export interface AuditPage<Entry> {
  entries: Entry[];
  /** The entry the next older page starts after. */
  older: string | null;
  /** The entry the next newer page ends before. */
  newer: string | null;
}

/** The conditions of the filters: the organisation's entries of a kind, an action, a person, school days. */
function filtered(orgId: string, filter: AuditFilter): SQL | undefined {
  return ofOrg(
    auditLog,
    orgId,
    {},
    filter.entity ? eq(auditLog.entity, filter.entity) : undefined,
    filter.action ? eq(auditLog.action, filter.action) : undefined,
    filter.person ? eq(auditLog.userId, filter.person) : undefined,
    filter.from ? gte(auditLog.at, startOfDay(filter.from)) : undefined,
    filter.to ? lt(auditLog.at, endOfDay(filter.to)) : undefined,
  );
}

/**
 * Entries beyond the one named, compared in the database: `at` has microseconds, which a
 * JavaScript Date would round away, so the place is read there and never sent back and forth.
 */
function beyond(orgId: string, id: string, direction: "<" | ">"): SQL {
  const place = sql`(select ${auditLog.at}, ${auditLog.id} from ${auditLog} where ${auditLog.orgId} = ${orgId} and ${auditLog.id} = ${id})`;
  return sql`(${auditLog.at}, ${auditLog.id}) ${sql.raw(direction)} ${place}`;
}

/** Whether the entry to page from is one of the organisation's (row-level security hides any other). */
async function isEntry(tx: Tx, orgId: string, id: string): Promise<boolean> {
  const found = await tx
    .select({ id: auditLog.id })
    .from(auditLog)
    .where(ofOrg(auditLog, orgId, { id }));
  return found.length > 0;
}

function selectEntries(tx: Tx) {
  return tx
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      entity: auditLog.entity,
      entityId: auditLog.entityId,
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
    );
}

/**
 * One page of the organisation's entries that pass the filter, newest first: the newest, those
 * older than `before` or those newer than `after`. Null when that entry is not the organisation's.
 * Takes the transaction so the isolation tests can run it under another organisation's security.
 */
export async function readAuditPage(tx: Tx, orgId: string, query: AuditQuery, size = PAGE_SIZE) {
  const from = query.before || query.after;
  if (from && !(await isEntry(tx, orgId, from))) return null;
  const newerFirst = !query.after;
  const rows = await selectEntries(tx)
    .where(and(filtered(orgId, query), from ? beyond(orgId, from, newerFirst ? "<" : ">") : undefined))
    .orderBy(...(newerFirst ? [desc(auditLog.at), desc(auditLog.id)] : [asc(auditLog.at), asc(auditLog.id)]))
    .limit(size + 1);
  const more = rows.length > size;
  const entries = rows.slice(0, size);
  if (!newerFirst) entries.reverse();
  const page: AuditPage<(typeof entries)[number]> = {
    entries,
    older: (newerFirst ? more : true) ? (entries.at(-1)?.id ?? null) : null,
    newer: (newerFirst ? Boolean(from) : more) ? (entries[0]?.id ?? null) : null,
  };
  return { ...page, entries: await withReferences(tx, orgId, entries) };
}

/** The page the query asks for, in the organisation's transaction; null for a place not in its trail. */
export function listAuditEntries(scope: OrgScope & { query: AuditQuery }) {
  return inOrg(scope, (tx) => readAuditPage(tx, scope.orgId, scope.query));
}

/**
 * The people who did something in the organisation's trail, by name, for the search form: each
 * found by one step of the person index (a loose index scan), not by reading every entry.
 */
export function auditPeople(scope: OrgScope): Promise<{ id: string; name: string }[]> {
  return inOrg(scope, async (tx) => {
    const next = (after: SQL) =>
      sql`select ${auditLog.userId} from ${auditLog} where ${auditLog.orgId} = ${scope.orgId} and ${auditLog.userId} > ${after} order by ${auditLog.userId} limit 1`;
    const result = await tx.execute(sql`
      with recursive people(id) as (
        (select ${auditLog.userId} from ${auditLog}
          where ${auditLog.orgId} = ${scope.orgId} and ${auditLog.userId} is not null order by ${auditLog.userId} limit 1)
        union all
        select (${next(sql`people.id`)}) from people where people.id is not null
      )
      select ${users.id} as id, ${users.name} as name from people join ${users} on ${users.id} = people.id
      order by ${users.name}, ${users.id}`);
    return rowsOf<{ id: string; name: string }>(result);
  });
}
