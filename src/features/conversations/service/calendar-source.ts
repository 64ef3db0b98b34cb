/**
 * Conversation rounds in the information calendar (the calendar's extension point): a round of
 * a group the audience sees, as the days its teachers gave times on (the first to the last).
 */
import { eq, max, min } from "drizzle-orm";
import { conversationAvailability, conversationRoundGroups, conversationRounds } from "../../../db/schema/index.js";
import { audienceSees, type CalendarSource } from "../../calendar/index.js";
import { groupsOfRows, type GroupLinks } from "../../pupils/index.js";
import { ofOrg } from "../../../db/of-org.js";

const roundGroupLinks: GroupLinks = { table: conversationRoundGroups, row: conversationRoundGroups.roundId };

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
    const groupsOf = await groupsOfRows(
      tx,
      audience.orgId,
      roundGroupLinks,
      inRange.map((r) => r.id),
    );
    return inRange
      .filter((row) => audienceSees(audience, groupsOf.get(row.id) ?? []))
      .map((row) => ({
        uid: `${row.id}@samen-round`,
        sequence: 0,
        title: row.name,
        kind: "conversations" as const,
        when: { allDay: true as const, startsOn: row.first!, endsOn: row.last! },
        href: audience.groupIds === null ? `/conversations/rounds/${row.id}` : `/conversations/rounds/${row.id}/book`,
        groups: (groupsOf.get(row.id) ?? []).map((g) => g.name),
      }));
  },
};
