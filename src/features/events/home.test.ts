/**
 * Events and the trajectory's parent evenings where a parent and staff look every day: an event
 * inviting a parent waits for them on their home page until they answer, then shows as coming
 * with their sign-up; staff see the places taken; a parent of another group sees nothing of it.
 * The parent evenings show in the calendar page and the private feed (the event's UID, so a
 * calendar with the reminder's invitation shows one), only for the parents invited.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { type TestClient, useTestContext } from "../../../tests/helpers/app.js";
import { useFixtureParts } from "../../../tests/helpers/fixture.js";
import { sessionsOf, startTrajectoryAs } from "../trajectory/testing/fixtures.js";
import { createEventAs, dayIn, schoolWithTwoParents } from "./testing/fixtures.js";

const ctx = useTestContext();
const { school, leader, parent, other } = useFixtureParts(() => schoolWithTwoParents(ctx));
beforeAll(() => startTrajectoryAs(leader));

/** The text of one section of the home page ("Wacht op u", "Binnenkort"), wherever it stands. */
async function homeSection(client: TestClient, title: string): Promise<string> {
  const page = await (await client.get("/home")).text();
  return page
    .split(/<section/)
    .filter((part) => part.includes(`>${title}</h`))
    .join("\n");
}

async function feedOf(client: TestClient): Promise<string> {
  const page = await (await client.post("/calendar/subscribe")).text();
  const url = /value="(https?:\/\/[^"]+\/calendar\/feed\/[^"]+\.ics)"/.exec(page)![1]!;
  return (await ctx.app.request(new URL(url).pathname)).text();
}

describe("events on the home page", () => {
  it("asks an invited parent to answer, then shows their sign-up; staff see the places; another group nothing", async () => {
    const eventId = await createEventAs(leader, {
      title: "Leesavond groep A",
      day: dayIn(5),
      audience: "groups",
      groups: [school.groupA.id],
      capacity: "4",
    });
    expect(await homeSection(parent, "Wacht op u")).toContain("Meld u aan voor Leesavond groep A");
    expect(await (await other.get("/home")).text()).not.toContain("Leesavond groep A");

    expect((await parent.post(`/events/${eventId}/rsvp`, { people: "3" })).status).toBe(303);
    expect(await homeSection(parent, "Wacht op u")).not.toContain("Leesavond groep A");
    expect(await homeSection(parent, "Binnenkort")).toContain("U komt met 3 personen naar Leesavond groep A");
    expect(await homeSection(leader, "Binnenkort")).toContain("Leesavond groep A");
    expect(await homeSection(leader, "Binnenkort")).toContain("3 van 4 plaatsen bezet");

    // Beyond the home page's weeks, or cancelled: not there.
    await createEventAs(leader, { title: "Verre avond", day: dayIn(60) });
    expect(await (await parent.get("/home")).text()).not.toContain("Verre avond");
    expect((await leader.post(`/events/${eventId}/cancel`)).status).toBe(303);
    expect(await (await parent.get("/home")).text()).not.toContain("Leesavond groep A");
  });
});

describe("the trajectory's parent evenings on the home page and in the calendar", () => {
  it("shows an evening with sign-ups to the parents invited, with its time, in the page and the feed", async () => {
    const day = dayIn(8);
    const topic = "Ouderavond over lezen";
    expect(
      (
        await leader.post("/trajectory/sessions", {
          line: "parents",
          topic,
          heldOn: day,
          groups: [school.groupA.id],
        })
      ).status,
    ).toBe(303);
    const session = (await sessionsOf(ctx, school.orgId, "parents")).find((s) => s.topic === topic)!;
    expect(
      (
        await leader.post(`/trajectory/sessions/${session.id}/event`, {
          startsAt: "19:30",
          endsAt: "21:00",
          place: "Het lokaal",
          capacity: "10",
        })
      ).status,
    ).toBe(303);

    expect(await homeSection(parent, "Wacht op u")).toContain(`Meld u aan voor ${topic}`);
    expect(await (await other.get("/home")).text()).not.toContain(topic);
    expect((await parent.post(`/trajectory/for-parents/sessions/${session.id}/signup`, { people: "2" })).status).toBe(
      303,
    );
    expect(await homeSection(parent, "Binnenkort")).toContain(`U komt met 2 personen naar ${topic}`);
    expect(await homeSection(leader, "Binnenkort")).toContain("2 van 10 plaatsen bezet");

    const month = `/calendar?month=${day.slice(0, 7)}`;
    const calendar = await (await parent.get(month)).text();
    expect(calendar).toContain(topic);
    expect(calendar).toContain("19:30");
    expect(await (await other.get(month)).text()).not.toContain(topic);
    expect(await (await leader.get(month)).text()).toContain(topic);

    const feed = await feedOf(parent);
    expect(feed).toContain(`SUMMARY:${topic}`);
    expect(feed).toMatch(/UID:[0-9a-f-]{36}@samen/);
    expect(await feedOf(other)).not.toContain(topic);
  });

  it("shows an evening without sign-ups as a day for every parent", async () => {
    const day = dayIn(9);
    const topic = "Ouderavond voor iedereen";
    expect((await leader.post("/trajectory/sessions", { line: "parents", topic, heldOn: day })).status).toBe(303);
    expect(await homeSection(other, "Binnenkort")).toContain(`Ouderavond: ${topic}`);
    expect(await (await other.get(`/calendar?month=${day.slice(0, 7)}`)).text()).toContain(topic);
    expect(await feedOf(other)).toContain(`SUMMARY:${topic}`);
  });
});
