/**
 * Calendar items staff add by hand (a newsletter, the reports, a trip, the holidays), for the whole
 * organisation or some groups; and the calendar's own source of entries, which reads them for an
 * audience. Each change raises the item's sequence, so a subscribed calendar replaces it.
 */
import { and, asc, eq, gte, inArray, lte, or, exists, sql } from "drizzle-orm";
import type { Tx } from "../../../db/client.js";
import { ofOrg } from "../../../db/of-org.js";
import { rowOfOrg } from "../../../db/row-of-org.js";
import { inOrg, type ViewerScope } from "../../../db/org-scope.js";
import { calendarItemGroups, calendarItems } from "../../../db/schema/index.js";
import { localToUtc } from "../../../lib/time/zone.js";
import { refuse, type Outcome, type Refused } from "../../../web/outcome.js";
import { areCurrentGroups, groupsOfRows } from "../../pupils/index.js";
import type { ItemInput } from "../schemas.js";
import type { CalendarAudience, CalendarEntry, CalendarSource } from "../sources.js";

export type ItemRow = typeof calendarItems.$inferSelect & { groupIds: string[] };

export async function itemRow(tx: Tx, orgId: string, itemId: string): Promise<ItemRow> {
  const row = await rowOfOrg(tx, calendarItems, orgId, { id: itemId }, "calendar item");
  const groups = await tx
    .select({ groupId: calendarItemGroups.groupId })
    .from(calendarItemGroups)
    .where(ofOrg(calendarItemGroups, orgId, { itemId }));
  return { ...row, groupIds: groups.map((g) => g.groupId) };
}

export function itemToEdit(scope: ViewerScope & { itemId: string }): Promise<ItemRow> {
  return inOrg(scope, (tx) => itemRow(tx, scope.orgId, scope.itemId));
}

export type ItemRefusal = Refused<"unknownGroup">;

export function saveItem(
  scope: ViewerScope & { itemId: string | null; input: ItemInput },
): Promise<Outcome<{ itemId: string }, ItemRefusal>> {
  return inOrg(scope, async (tx) => {
    const { input } = scope;
    const groups = input.audience === "all" ? [] : input.groups;
    if (!(await areCurrentGroups(tx, scope.orgId, groups)))
      return refuse("unknownGroup", "calendar.error.groups", "invalid", "groups");
    const values = {
      title: input.title,
      kind: input.kind,
      description: input.description,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      startTime: input.startTime,
      endTime: input.endTime,
      wholeOrg: input.audience === "all",
    };
    let itemId = scope.itemId;
    if (itemId) {
      const row = await itemRow(tx, scope.orgId, itemId);
      await tx
        .update(calendarItems)
        .set({ ...values, sequence: row.sequence + 1 })
        .where(ofOrg(calendarItems, scope.orgId, { id: itemId }));
      await tx.delete(calendarItemGroups).where(ofOrg(calendarItemGroups, scope.orgId, { itemId }));
    } else {
      const [made] = await tx
        .insert(calendarItems)
        .values({ orgId: scope.orgId, createdBy: scope.userId, ...values })
        .returning({ id: calendarItems.id });
      itemId = made!.id;
    }
    if (groups.length)
      await tx
        .insert(calendarItemGroups)
        .values(groups.map((groupId) => ({ orgId: scope.orgId, itemId: itemId!, groupId })));
    return { ok: true, itemId };
  });
}

export function deleteItem(scope: ViewerScope & { itemId: string }): Promise<void> {
  return inOrg(scope, async (tx) => {
    await itemRow(tx, scope.orgId, scope.itemId);
    await tx.delete(calendarItems).where(ofOrg(calendarItems, scope.orgId, { id: scope.itemId }));
  });
}

/** The hand-added items this audience sees that touch from..to. */
async function readItems(
  tx: Tx,
  audience: CalendarAudience,
  range: { from: string; to: string },
): Promise<CalendarEntry[]> {
  const { orgId, groupIds } = audience;
  const visible =
    groupIds === null
      ? undefined
      : or(
          eq(calendarItems.wholeOrg, true),
          groupIds.length
            ? exists(
                tx
                  .select({ one: sql`1` })
                  .from(calendarItemGroups)
                  .where(
                    and(
                      eq(calendarItemGroups.orgId, calendarItems.orgId),
                      eq(calendarItemGroups.itemId, calendarItems.id),
                      inArray(calendarItemGroups.groupId, [...groupIds]),
                    ),
                  ),
              )
            : sql`false`,
        );
  const rows = await tx
    .select()
    .from(calendarItems)
    .where(
      and(
        eq(calendarItems.orgId, orgId),
        lte(calendarItems.startsOn, range.to),
        gte(calendarItems.endsOn, range.from),
        visible,
      ),
    )
    .orderBy(asc(calendarItems.startsOn));
  const groupsOf = await groupsOfRows(
    tx,
    orgId,
    { table: calendarItemGroups, row: calendarItemGroups.itemId },
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({
    uid: `${row.id}@samen-calendar`,
    sequence: row.sequence,
    title: row.title,
    kind: row.kind,
    description: row.description,
    when:
      row.startTime && row.endTime
        ? {
            allDay: false as const,
            startsAt: localToUtc(row.startsOn, row.startTime),
            endsAt: localToUtc(row.startsOn, row.endTime),
          }
        : { allDay: true as const, startsOn: row.startsOn, endsOn: row.endsOn },
    itemId: row.id,
    groups: (groupsOf.get(row.id) ?? []).map((g) => g.name),
  }));
}

export const itemSource: CalendarSource = { name: "items", read: readItems };
