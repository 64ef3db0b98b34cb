/**
 * Conversation rounds in the information calendar (the calendar's extension point): a round of
 * a group the audience sees, as the days its teachers gave times on (the first to the last).
 */
import { and, eq, inArray, max, min } from "drizzle-orm";
import { conversationAvailability, conversationRoundGroups, conversationRounds } from "../../../db/schema/index.js";
import type { CalendarSource } from "../../calendar/index.js";
import { groupNames } from "../../pupils/index.js";
import { ofOrg } from "../../../db/of-org.js";

export const roundsCalendarSource: CalendarSource = {
  name: "conversations",
  async read(tx, audience, range) {
    const rows = await tx
      .select({
        id: conversationRounds.id,
        name: conversationRounds.name,
        first: min(conversationAvailability.onDate),
        last: max(conversationAvailability.onDate),
      })
      .from(conversationRounds)
      .innerJoin(
        conversationAvailability,
        ofOrg(conversationAvailability, conversationRounds.orgId, { roundId: conversationRounds.id }),
      )
      .where(eq(conversationRounds.orgId, audience.orgId))
      .groupBy(conversationRounds.id, conversationRounds.name);
    const inRange = rows.filter((r) => r.first && r.last && r.first <= range.to && r.last >= range.from);
    if (!inRange.length) return [];
    const links = await tx
      .select({ roundId: conversationRoundGroups.roundId, groupId: conversationRoundGroups.groupId })
      .from(conversationRoundGroups)
      .where(
        and(
          eq(conversationRoundGroups.orgId, audience.orgId),
          inArray(
            conversationRoundGroups.roundId,
            inRange.map((r) => r.id),
          ),
        ),
      );
    const seen = audience.groupIds === null ? null : new Set(audience.groupIds);
    const names = new Map(
      (await groupNames(tx, audience.orgId, [...new Set(links.map((l) => l.groupId))])).map((g) => [g.id, g.name]),
    );
    return inRange
      .filter((row) => seen === null || links.some((l) => l.roundId === row.id && seen.has(l.groupId)))
      .map((row) => ({
        uid: `${row.id}@samen-round`,
        sequence: 0,
        title: row.name,
        kind: "conversations" as const,
        when: { allDay: true as const, startsOn: row.first!, endsOn: row.last! },
        href: seen === null ? `/conversations/rounds/${row.id}` : `/conversations/rounds/${row.id}/book`,
        groups: links
          .filter((l) => l.roundId === row.id)
          .map((l) => names.get(l.groupId) ?? "")
          .sort(),
      }));
  },
};
