/**
 * The school's event form, as a school leader posts it without JavaScript: a day already gone and
 * an event with neither a place nor a link for online are refused together, in the user's language,
 * and nothing is saved; a link alone is enough. An event that has started or is over is no longer
 * edited (its record goes on in attendance and the summary). A parent already coming to a full
 * evening is not invited to sign up anyway.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { signIn, TestClient, useTestContext } from "../../../tests/helpers/app.js";
import { useFixtureParts } from "../../../tests/helpers/fixture.js";
import { expectConflict, expectRefused } from "../../../tests/helpers/refusal.js";
import { withOrg } from "../../db/client.js";
import { ofOrg } from "../../db/of-org.js";
import { events } from "../../db/schema/index.js";
import { createEventAs, dayIn, schoolWithTwoParents } from "./testing/fixtures.js";

const ctx = useTestContext();
const { school, leader, parent, other } = useFixtureParts(() => schoolWithTwoParents(ctx));

const form = (fields: Record<string, string>) => ({
  kind: "information_evening",
  title: "Avond",
  day: dayIn(14),
  startsAt: "19:30",
  endsAt: "21:00",
  place: "De aula",
  onlineUrl: "",
  capacity: "",
  audience: "all",
  ...fields,
});

const eventsTitled = (title: string) =>
  withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
    tx
      .select()
      .from(events)
      .where(ofOrg(events, school.orgId, { title })),
  );

describe("the school's event form", () => {
  it("refuses a day gone by and no place or link together, in the user's language, and saves nothing", async () => {
    const bad = form({ title: "Oude avond", day: "15-01-2020", place: "" });
    await expectRefused(await leader.post("/events", bad), [
      "Kies een datum in de toekomst.",
      "Vul een plaats in, een link voor online, of allebei.",
    ]);
    const english = await signIn(ctx, school.leader.email, new TestClient(ctx.app, { "accept-language": "en" }));
    await expectRefused(await english.post("/events", bad), [
      "Choose a date in the future.",
      "Enter a place, a link for online, or both.",
    ]);
    expect(await eventsTitled("Oude avond")).toEqual([]);
    // Neither field says it may be left empty: one of the two is needed, and the hint says so.
    const page = await (await leader.get("/events/new")).text();
    expect(page).toContain("Vul een plaats in, een link om online mee te doen, of allebei.");
    expect(page).not.toContain("Plaats (niet verplicht)");
    expect(page).not.toContain("Link om online mee te doen (niet verplicht)");
    expect(await (await parent.get("/events")).text()).not.toContain("Oude avond");
  });

  it("takes a link for online without a place", async () => {
    const eventId = await createEventAs(leader, {
      title: "Online avond",
      place: "",
      onlineUrl: "https://meet.example.nl/avond",
    });
    expect(await (await parent.get(`/events/${eventId}`)).text()).toContain("https://meet.example.nl/avond");
  });

  it("refuses moving an event into the past or taking its place away, and keeps it as it was", async () => {
    const eventId = await createEventAs(leader, { title: "Verplaatste avond" });
    await expectRefused(
      await leader.post(`/events/${eventId}/edit`, form({ title: "Verplaatste avond", day: "15-01-2020" })),
      ["Kies een datum in de toekomst."],
    );
    await expectRefused(await leader.post(`/events/${eventId}/edit`, form({ title: "Verplaatste avond", place: "" })), [
      "Vul een plaats in, een link voor online, of allebei.",
    ]);
    const [event] = await eventsTitled("Verplaatste avond");
    expect(event?.place).toBe("De aula");
    expect(event!.startsAt.getTime()).toBeGreaterThan(Date.now());
  });

  it("no longer edits an event that has started or is over, and no longer offers to", async () => {
    const eventId = await createEventAs(leader, { title: "Voorbije avond" });
    const startsAt = new Date(Date.now() - 3 * 3600_000);
    await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
      tx
        .update(events)
        .set({ startsAt, endsAt: new Date(Date.now() - 3600_000) })
        .where(eq(events.id, eventId)),
    );
    expect(await (await leader.get(`/events/${eventId}`)).text()).not.toContain(`/events/${eventId}/edit`);
    const message = "De bijeenkomst is al begonnen of voorbij; wijzigen kan niet meer. Er is niets veranderd.";
    await expectConflict(await leader.get(`/events/${eventId}/edit`), [message]);
    await expectConflict(
      await leader.post(`/events/${eventId}/edit`, form({ title: "Voorbije avond, nieuw", day: dayIn(7) })),
      [message],
    );
    const [event] = await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
      tx.select().from(events).where(eq(events.id, eventId)),
    );
    expect(event).toMatchObject({ title: "Voorbije avond", startsAt });
  });
});

describe("signing up for a full evening", () => {
  it("tells only a parent not yet signed up that they can still join the waiting list", async () => {
    const eventId = await createEventAs(leader, { title: "Volle avond", capacity: "1" });
    expect((await parent.post(`/events/${eventId}/rsvp`, { people: "1" })).status).toBe(303);
    const coming = await (await parent.get(`/events/${eventId}`)).text();
    expect(coming).toContain("U heeft zich aangemeld met 1 persoon.");
    expect(coming).not.toContain("meldt u zich toch aan");
    const notYet = await (await other.get(`/events/${eventId}`)).text();
    expect(notYet).toContain("Vol: meldt u zich toch aan, dan komt u op de wachtlijst");

    expect((await other.post(`/events/${eventId}/rsvp`, { people: "1" })).status).toBe(303);
    const waiting = await (await other.get(`/events/${eventId}`)).text();
    expect(waiting).toContain("U staat op de wachtlijst (plaats 1) met 1 persoon.");
    expect(waiting).not.toContain("meldt u zich toch aan");
    expect((await parent.post(`/events/${eventId}/rsvp/cancel`)).status).toBe(303);
    const movedUp = await (await other.get(`/events/${eventId}`)).text();
    expect(movedUp).toContain("U heeft zich aangemeld met 1 persoon.");
    expect(movedUp).toContain("Vol: er is geen plaats meer");
    expect(movedUp).not.toContain("meldt u zich toch aan");
  });
});
