/**
 * Conversation rounds in the information calendar: staff see every round in the range, a parent
 * only those of a group they see, each with its groups' names in order and the days its teachers
 * gave times on.
 */
import { describe, expect, it } from "vitest";
import { useTestContext } from "../../../tests/helpers/app.js";
import { withOrg } from "../../db/client.js";
import { roundsCalendarSource } from "./service/calendar-source.js";
import { conversationDay, createConversationSchool, createRoundWithSlots } from "./testing/fixtures.js";

const ctx = useTestContext();

describe("conversation rounds in the calendar", () => {
  it("shows staff every round with its groups, a parent those of their groups, nobody another range", async () => {
    const school = await createConversationSchool(ctx.database.db);
    const { round: both } = await createRoundWithSlots(ctx.database.db, school);
    const { round: onlyB } = await createRoundWithSlots(ctx.database.db, school, {
      overrides: { groupIds: [school.groupB.id] },
      from: "19:00",
      until: "20:00",
    });
    const day = conversationDay();
    const read = (groupIds: readonly string[] | null, range = { from: day, to: day }) =>
      withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
        roundsCalendarSource.read(tx, { orgId: school.orgId, userId: school.leader.id, groupIds }, range),
      );
    const byTitle = (entries: Awaited<ReturnType<typeof read>>) =>
      [...entries].sort((a, b) => (a.title < b.title ? -1 : 1));

    const staff = byTitle(await read(null));
    expect(staff.map((e) => e.title)).toEqual([both.name, onlyB.name].sort());
    const bothEntry = staff.find((e) => e.title === both.name)!;
    expect(bothEntry).toMatchObject({
      uid: `${both.id}@samen-round`,
      kind: "conversations",
      when: { allDay: true, startsOn: day, endsOn: day },
      href: `/conversations/rounds/${both.id}`,
      groups: [school.groupA.name, school.groupB.name],
    });
    expect(staff.find((e) => e.title === onlyB.name)!.groups).toEqual([school.groupB.name]);

    const parentOfA = await read([school.groupA.id]);
    expect(parentOfA.map((e) => [e.title, e.href, e.groups])).toEqual([
      [both.name, `/conversations/rounds/${both.id}/book`, [school.groupA.name, school.groupB.name]],
    ]);
    expect(await read([])).toEqual([]);
    expect(await read(null, { from: conversationDay(20), to: conversationDay(30) })).toEqual([]);
  });
});
