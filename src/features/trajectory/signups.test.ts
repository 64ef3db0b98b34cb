/**
 * Parent evenings that take sign-ups: the leaders set time, place and capacity; an invited parent
 * signs up with a number of people, changes it or cancels; a second sign-up with the same number,
 * a full evening or a parent not invited is refused with nothing changed; the capacity holds when
 * many sign up at once; the reminder the day before goes once, with a calendar invitation.
 */
import { and, eq, like } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { signIn, type TestClient, useTestContext } from "../../../tests/helpers/app.js";
import { createSchool, createUser } from "../../../tests/helpers/factories.js";
import type { School } from "../../../tests/helpers/isolation.js";
import { withOrg } from "../../db/client.js";
import { eventSignups, events, outbox } from "../../db/schema/index.js";
import { schoolDate } from "../../lib/time/school-date.js";
import { localToUtc } from "../../lib/time/zone.js";
import { signUp } from "../events/index.js";
import { sendEventReminders } from "../events/service/reminders.js";
import { depsOf } from "../measurements/testing.js";
import { addParentOfB } from "../ideas/testing/fixtures.js";
import { sessionsOf, startTrajectoryAs } from "./testing/fixtures.js";
import { expectConflict } from "../../../tests/helpers/refusal.js";

let school: School;
let leader: TestClient;
let parent: TestClient;
let other: TestClient;

const day = (offset: number) => schoolDate(new Date(Date.now() + offset * 24 * 3600 * 1000));

const ctx = useTestContext();
beforeAll(async () => {
  school = await createSchool(ctx.database.db);
  leader = await signIn(ctx, school.leader.email);
  await startTrajectoryAs(leader);
  parent = await signIn(ctx, school.parent.email);
  other = await signIn(ctx, (await addParentOfB(ctx, school)).email);
});

async function eveningWith(form: Record<string, string | string[]>, event: Record<string, string>) {
  const topic = `Ouderavond ${Math.random()}`;
  expect((await leader.post("/trajectory/sessions", { line: "parents", topic, heldOn: day(10), ...form })).status).toBe(
    303,
  );
  const session = (await sessionsOf(ctx, school.orgId, "parents")).find((s) => s.topic === topic)!;
  const saved = await leader.post(`/trajectory/sessions/${session.id}/event`, {
    startsAt: "19:30",
    endsAt: "21:00",
    ...event,
  });
  expect(saved.status).toBe(303);
  return session.id;
}

const signups = (eventTitle: string) =>
  withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
    tx
      .select({ userId: eventSignups.userId, people: eventSignups.people, remindedAt: eventSignups.remindedAt })
      .from(eventSignups)
      .innerJoin(events, and(eq(events.orgId, eventSignups.orgId), eq(events.id, eventSignups.eventId)))
      .where(eq(events.title, eventTitle)),
  );
const titleOf = async (sessionId: string) =>
  (await sessionsOf(ctx, school.orgId)).find((s) => s.id === sessionId)!.topic;

describe("signing up for a parent evening", () => {
  it("takes a sign-up with a number of people, changes it, refuses the same twice and a full evening", async () => {
    const sessionId = await eveningWith({}, { place: "De aula", capacity: "3" });
    const title = await titleOf(sessionId);
    const path = `/trajectory/for-parents/sessions/${sessionId}/signup`;
    const page = await (await parent.get("/trajectory/for-parents")).text();
    expect(page).toContain("Nog 3 plaatsen vrij");
    expect(page).toContain("Waar: De aula");

    expect((await parent.post(path, { people: "2" })).status).toBe(303);
    const twice = await parent.post(path, { people: "2" });
    await expectConflict(twice, ["U bent al aangemeld met dit aantal personen."]);
    expect((await parent.post(path, { people: "0" })).status).toBe(422);

    const full = await other.post(path, { people: "2" });
    await expectConflict(full, ["Deze avond is vol. Er is niets veranderd."]);
    expect((await other.post(path, { people: "1" })).status).toBe(303);
    const tooMany = await parent.post(path, { people: "3" });
    await expectConflict(tooMany, ["Er is niet genoeg plaats voor zoveel personen."]);
    expect((await signups(title)).map((s) => s.people).sort()).toEqual([1, 2]);

    expect((await parent.post(`${path}/cancel`)).status).toBe(303);
    expect((await parent.post(`${path}/cancel`)).status).toBe(409);
    expect((await signups(title)).map((s) => s.people)).toEqual([1]);
    const lower = await leader.post(`/trajectory/sessions/${sessionId}/event`, {
      startsAt: "19:30",
      endsAt: "21:00",
      capacity: "0",
    });
    expect(lower.status).toBe(422);
  });

  it("holds the capacity when many sign up in the same second", async () => {
    const sessionId = await eveningWith({}, { capacity: "5" });
    const title = await titleOf(sessionId);
    const [event] = await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
      tx.select({ id: events.id }).from(events).where(eq(events.title, title)),
    );
    const people = await Promise.all(
      Array.from({ length: 12 }, (_, i) => createUser(ctx.database.db, { name: `Ouder ${i}` })),
    );
    const outcomes = await Promise.all(
      people.map((person) =>
        withOrg(ctx.database.db, { orgId: school.orgId, userId: person.id }, (tx) =>
          signUp(tx, { orgId: school.orgId, eventId: event!.id, userId: person.id, people: 1 }),
        ),
      ),
    );
    expect(outcomes.filter((o) => o.ok)).toHaveLength(5);
    expect(outcomes.filter((o) => !o.ok).every((o) => !o.ok && o.reason === "full")).toBe(true);
    expect(await signups(title)).toHaveLength(5);
  });

  it("refuses a parent whose child's group is not invited, and a team module takes no sign-ups", async () => {
    const sessionId = await eveningWith({ groups: [school.groupB.id] }, {});
    expect((await parent.post(`/trajectory/for-parents/sessions/${sessionId}/signup`, { people: "1" })).status).toBe(
      404,
    );
    expect(
      (await leader.post("/trajectory/sessions", { line: "school", topic: "Teammodule", heldOn: day(3) })).status,
    ).toBe(303);
    const module = (await sessionsOf(ctx, school.orgId, "school")).find((s) => s.topic === "Teammodule")!;
    expect(
      (await leader.post(`/trajectory/sessions/${module.id}/event`, { startsAt: "19:30", endsAt: "21:00" })).status,
    ).toBe(404);
    expect(
      (await parent.post(`/trajectory/sessions/${sessionId}/event`, { startsAt: "19:30", endsAt: "21:00" })).status,
    ).toBe(403);
  });

  it("reminds those signed up the day before, once, with a calendar invitation", async () => {
    const sessionId = await eveningWith({}, { place: "Lokaal 4" });
    const title = await titleOf(sessionId);
    expect((await parent.post(`/trajectory/for-parents/sessions/${sessionId}/signup`, { people: "2" })).status).toBe(
      303,
    );
    const dayBefore = new Date(`${day(9)}T15:00:00Z`);
    const deps = depsOf(ctx);
    await sendEventReminders(deps, new Date(`${day(8)}T15:00:00Z`));
    expect((await signups(title))[0]?.remindedAt).toBeNull();
    await sendEventReminders(deps, dayBefore);
    await sendEventReminders(deps, dayBefore);
    const mails = await ctx.database.db
      .select()
      .from(outbox)
      .where(like(outbox.subject, `Morgen: ${title}`));
    expect(mails).toHaveLength(1);
    expect(mails[0]?.to).toBe(school.parent.email);
    expect(mails[0]?.text).toContain("U heeft zich aangemeld met 2 personen");
    const ics = String(mails[0]?.attachments?.[0]?.content ?? "");
    expect(ics).toContain("METHOD:REQUEST");
    expect(ics).toContain("Lokaal 4");
    // 19:30 school time on that day, written in UTC.
    const start = localToUtc(day(10), "19:30").toISOString().replace(/[-:]/g, "").slice(0, 15);
    expect(ics).toContain(`DTSTART:${start}Z`);
  });
});
