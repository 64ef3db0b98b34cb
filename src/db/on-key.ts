/**
 * The condition that joins a row to the row it names: every organisation's table is keyed by
 * (org_id, id), so the other row is the one of the same organisation with that id.
 *
 *   .innerJoin(events, onKey(events, eventSignups.orgId, eventSignups.eventId))
 */
import { and, eq, type AnyColumn, type SQL } from "drizzle-orm";

/** `table.org_id = orgId and table.id = id`. */
export function onKey(table: { orgId: AnyColumn; id: AnyColumn }, orgId: AnyColumn, id: AnyColumn): SQL {
  return and(eq(table.orgId, orgId), eq(table.id, id))!;
}
