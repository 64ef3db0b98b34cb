/**
 * The school's own events: staff create one for groups or the whole school; an invited parent
 * signs up with a number of people, a second sign-up with the same number is refused, a parent of
 * a group not invited gets 404; a full event puts the next one on a waiting list with their place
 * shown, and a cancellation moves the first whose number fits up and mails them, also when many
 * sign up and cancel at once; topics are supported once and withdrawable, and a topic form sent
 * twice adds one topic; staff record attendance
 * afterwards and send a summary to those invited. Cancelling the event asks first, and its page then
 * says it is cancelled instead of listing nobody.
 */
import { and, eq, like, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestContext } from "../../../tests/helpers/app.js";
import { newToken } from "../../auth/tokens.js";
import { createUser, withGroupNamed } from "../../../tests/helpers/factories.js";
import { useFixtureParts } from "../../../tests/helpers/fixture.js";
import { withOrg, type Tx } from "../../db/client.js";
import { eventSignups, events, outbox } from "../../db/schema/index.js";
import { localToUtc } from "../../lib/time/zone.js";
import { depsOf } from "../measurements/testing.js";
import { cancelSignup, signUp } from "./index.js";
import { createEventAs, schoolWithTwoParents, signupsOf, topicSupportsOf } from "./testing/fixtures.js";
import { expectConflict, expectRefused } from "../../../tests/helpers/refusal.js";
import { expectConfirmationStep } from "../../../tests/helpers/confirm.js";

const ctx = useTestContext();
const { school, leader, parent, other, otherUser } = useFixtureParts(() => schoolWithTwoParents(ctx));

const mailsAbout = (subject: string) => ctx.database.db.select().from(outbox).where(like(outbox.subject, subject));

describe("the school's own events", () => {
  it("lets staff create one for a group; an invited parent signs up once with a number, another group gets 404", async () => {
    const eventId = await createEventAs(leader, {
      title: "Informatieavond groep A",
      audience: "groups",
      groups: [school.groupA.id],
      capacity: "10",
    });
    const list = await (await parent.get("/events")).text();
    expect(list).toContain("Informatieavond groep A");
    expect(await (await other.get("/events")).text()).not.toContain("Informatieavond groep A");
    expect((await other.get(`/events/${eventId}`)).status).toBe(404);
    expect((await other.post(`/events/${eventId}/rsvp`, { people: "1" })).status).toBe(404);

    expect((await parent.post(`/events/${eventId}/rsvp`, { people: "2" })).status).toBe(303);
    const twice = await parent.post(`/events/${eventId}/rsvp`, { people: "2" });
    await expectConflict(twice, ["U bent al aangemeld met dit aantal personen."]);
    expect((await parent.post(`/events/${eventId}/rsvp`, { people: "11" })).status).toBe(422);
    expect((await signupsOf(ctx, school, eventId)).map((s) => s.people)).toEqual([2]);
    const page = await (await leader.get(`/events/${eventId}`)).text();
    expect(page).toContain("2 van de 10 plaatsen bezet (1 aanmelding)");
  });

  it("says a group named by its number is group 7 among those invited", async () => {
    await withGroupNamed(ctx.database.db, school.groupA, "7", async () => {
      const eventId = await createEventAs(leader, {
        title: "Kijkavond",
        audience: "groups",
        groups: [school.groupA.id],
      });
      expect(await (await leader.get(`/events/${eventId}`)).text()).toContain("Uitgenodigd: groep 7");
    });
  });

  it("lists an event of long ago under Geweest with its year", async () => {
    // The form takes only days to come (event-form.test.ts); the event is moved back afterwards.
    const eventId = await createEventAs(leader, { title: "Eerste ouderavond", startsAt: "19:00", endsAt: "20:00" });
    await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
      tx
        .update(events)
        .set({ startsAt: localToUtc("1900-01-01", "19:00"), endsAt: localToUtc("1900-01-01", "20:00") })
        .where(and(eq(events.orgId, school.orgId), eq(events.id, eventId))),
    );
    const list = await (await leader.get("/events")).text();
    expect(list.slice(list.indexOf("Geweest"))).toContain("maandag 1 januari 1900 19:00–20:00");
  });

  it("says why a far-off day and a long title are refused", async () => {
    const form = { kind: "workshop", startsAt: "19:30", endsAt: "21:00", audience: "all" };
    await expectRefused(await leader.post("/events", { ...form, title: "Ver weg", day: "01-01-9999" }), [
      "Vul een datum in tussen 1900 en 2999.",
    ]);
    // Written with a time, as a date-and-time field sends it: refused the same way, not a server error.
    for (const day of ["9999-12-31T23:59", "0000-00-00T00:00"])
      await expectRefused(await leader.post("/events", { ...form, title: "Ver weg", day }), [
        "Vul een datum in tussen 1900 en 2999.",
      ]);
    await expectRefused(await leader.post("/events", { ...form, title: "x".repeat(201), day: "14-10-2026" }), [
      "Dit is te lang: hoogstens 200 tekens.",
    ]);
  });

  it("refuses a form without groups or with a bad link, in the user's language, and stores nothing", async () => {
    const bad = await leader.post("/events", {
      kind: "workshop",
      title: "Zonder groepen",
      day: "14-10-2026",
      startsAt: "19:30",
      endsAt: "21:00",
      audience: "groups",
      onlineUrl: "javascript:alert(1)",
    });
    await expectRefused(bad, ["Kies minstens één groep", "Vul een internetadres in dat begint met https://."]);
    const [count] = await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
      tx.select({ id: events.id }).from(events).where(eq(events.title, "Zonder groepen")),
    );
    expect(count).toBeUndefined();
  });

  it("puts a sign-up that does not fit on the waiting list and moves it up, with a mail, when someone cancels", async () => {
    const eventId = await createEventAs(leader, { title: "Workshop voorlezen", capacity: "2" });
    expect((await parent.post(`/events/${eventId}/rsvp`, { people: "2" })).status).toBe(303);
    const waiting = await other.post(`/events/${eventId}/rsvp`, { people: "1" });
    expect(waiting.status).toBe(303);
    const page = await (await other.get(`/events/${eventId}`)).text();
    expect(page).toContain("U staat op de wachtlijst (plaats 1) met 1 persoon.");
    expect(await (await leader.get(`/events/${eventId}`)).text()).toContain("Wachtlijst (1)");

    expect((await parent.post(`/events/${eventId}/rsvp/cancel`)).status).toBe(303);
    expect(await signupsOf(ctx, school, eventId)).toEqual([
      { userId: otherUser.id, people: 1, waiting: false, attended: null },
    ]);
    const mails = await mailsAbout("Er is plaats voor u: Workshop voorlezen");
    expect(mails.map((m) => m.to)).toEqual([otherUser.email]);
    expect(mails[0]?.text).toContain("U stond op de wachtlijst en bent nu aangemeld met 1 persoon");
    expect(await (await other.get(`/events/${eventId}`)).text()).toContain("U heeft zich aangemeld met 1 persoon.");
  });

  it("says a sign-up too large for the places left is on the waiting list, not that the event is full", async () => {
    const eventId = await createEventAs(leader, { title: "Workshop rekenen", capacity: "2" });
    expect((await parent.post(`/events/${eventId}/rsvp`, { people: "1" })).status).toBe(303);
    expect((await other.post(`/events/${eventId}/rsvp`, { people: "2" })).status).toBe(303);
    const page = await (await other.get(`/events/${eventId}`)).text();
    expect(page).toContain("Er is niet genoeg plaats voor uw aanmelding: u staat op de wachtlijst.");
    expect(page).not.toContain("De bijeenkomst is vol");
    expect(page).toContain("U staat op de wachtlijst (plaats 1) met 2 personen.");
  });

  it("asks before cancelling the event; then its page says it is cancelled instead of listing nobody", async () => {
    const eventId = await createEventAs(leader, { title: "Avond die niet doorgaat", capacity: "6" });
    expect((await parent.post(`/events/${eventId}/rsvp`, { people: "2" })).status).toBe(303);
    const page = `/events/${eventId}`;
    // The section's heading says what it does; a bare "Cancel" reads as a button that closes something.
    expect(await (await leader.get(page)).text()).toContain('<h2 id="cancel-title">Afgelasten</h2>');
    const english = await (await leader.get(page, { "accept-language": "en" })).text();
    expect(english).toContain('<h2 id="cancel-title">Cancel this meeting</h2>');
    await expectConfirmationStep(leader, page, `${page}/cancel`, [
      "Avond die niet doorgaat",
      "1 aanmelding: wie zich aanmeldde of wacht, krijgt een e-mail dat de bijeenkomst niet doorgaat",
    ]);
    expect((await parent.get(`${page}/cancel`)).status).toBe(403);
    expect(await signupsOf(ctx, school, eventId)).toHaveLength(1);

    expect((await leader.post(`${page}/cancel`)).status).toBe(303);
    const after = await (await leader.get(page)).text();
    expect(after).toContain(
      "De bijeenkomst is afgelast. Wie zich aanmeldde of op de wachtlijst stond, krijgt een e-mail met de afzegging.",
    );
    // Said once, then who was told.
    expect(after.split("Deze bijeenkomst gaat niet door.")).toHaveLength(2);
    expect(after).toContain("De enige die zich had aangemeld, heeft bericht gekregen.");
    const cancelledEnglish = await (await leader.get(page, { "accept-language": "en" })).text();
    expect(cancelledEnglish.split("This meeting has been cancelled.")).toHaveLength(2);
    expect(cancelledEnglish).toContain("The one person who had signed up was told.");
    expect(after).not.toContain("plaatsen bezet");
    expect(after).not.toContain("Nog niemand heeft zich aangemeld.");
    expect(after).not.toContain(`href="${page}/cancel"`);
    // Asked again after it is cancelled: nothing to ask, the event's page.
    const again = await leader.get(`${page}/cancel`);
    expect(again.status).toBe(303);
    expect(again.headers.get("location")).toBe(page);
    // Sent again (a double press): nobody is mailed twice, and the page does not claim nobody had signed up.
    expect((await leader.post(`${page}/cancel`)).status).toBe(303);
    expect(await (await leader.get(page)).text()).toContain("De bijeenkomst was al afgelast.");
  });

  it("says, before cancelling an event nobody signed up for, that no one is mailed", async () => {
    const eventId = await createEventAs(leader, { title: "Avond zonder aanmeldingen", capacity: "6" });
    const html = await (await leader.get(`/events/${eventId}/cancel`)).text();
    expect(html).toContain("Niemand heeft zich aangemeld of staat op de wachtlijst, dus er gaat geen e-mail uit.");
    expect(html).not.toContain("Zij krijgen allemaal een e-mail");
    // Done, the page says no one was told rather than that everyone who signed up was.
    expect((await leader.post(`/events/${eventId}/cancel`)).status).toBe(303);
    const after = await (await leader.get(`/events/${eventId}`)).text();
    expect(after).toContain(
      "De bijeenkomst is afgelast. Niemand had zich aangemeld of stond op de wachtlijst, dus er is geen e-mail verstuurd.",
    );
    expect(after).not.toContain("Wie zich aanmeldde");
    // The list's place says the same, not that those signed up were told.
    expect(after).toContain("Er had zich niemand aangemeld, dus niemand kreeg bericht.");
    expect(after).not.toContain("bericht gekregen");
    const second = await createEventAs(leader, { title: "Evening nobody came to", capacity: "6" });
    expect((await leader.post(`/events/${second}/cancel`)).status).toBe(303);
    const english = await (await leader.get(`/events/${second}`, { "accept-language": "en" })).text();
    expect(english).toContain(
      "The meeting was cancelled. No one had signed up or was on the waiting list, so no e-mail was sent.",
    );
    expect(english.split("This meeting has been cancelled.")).toHaveLength(2);
    expect(english).toContain("No one had signed up, so no one was told.");
  });

  it("says once that it is cancelled, and that the number told is unknown, for an event cancelled before that was kept", async () => {
    const eventId = await createEventAs(leader, { title: "Lang geleden afgelast", capacity: "6" });
    await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
      tx
        .update(events)
        .set({ cancelledAt: new Date() })
        .where(and(eq(events.orgId, school.orgId), eq(events.id, eventId))),
    );
    const page = await (await leader.get(`/events/${eventId}`)).text();
    expect(page.split("Deze bijeenkomst gaat niet door.")).toHaveLength(2);
    expect(page).toContain(
      "Hoeveel mensen hierover bericht kregen, is niet bekend: dat werd toen nog niet bijgehouden.",
    );
    expect(page).not.toContain("bericht gekregen");
    expect(page).not.toContain("niemand kreeg bericht");
    const english = await (await leader.get(`/events/${eventId}`, { "accept-language": "en" })).text();
    expect(english.split("This meeting has been cancelled.")).toHaveLength(2);
    expect(english).toContain("How many people were told about this is not known: that was not recorded at the time.");
  });

  it("refuses to cancel an event that has started, asked or sent, in the user's language, changing nothing", async () => {
    const eventId = await createEventAs(leader, { title: "Avond die al loopt", capacity: "6" });
    expect((await parent.post(`/events/${eventId}/rsvp`, { people: "2" })).status).toBe(303);
    await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
      tx
        .update(events)
        .set({ startsAt: new Date(Date.now() - 3600_000), endsAt: new Date(Date.now() + 3600_000) })
        .where(and(eq(events.orgId, school.orgId), eq(events.id, eventId))),
    );
    const page = `/events/${eventId}`;
    const refusal = "De bijeenkomst is al begonnen of voorbij; afgelasten kan niet meer. Er is niets veranderd.";
    await expectConflict(await leader.get(`${page}/cancel`), [refusal, "Avond die al loopt"]);
    const sent = await expectConflict(await leader.post(`${page}/cancel`), [refusal]);
    expect(sent).not.toContain("Deze bijeenkomst gaat niet door.");
    expect(await signupsOf(ctx, school, eventId)).toHaveLength(1);
    expect(await mailsAbout("Gaat niet door: Avond die al loopt")).toEqual([]);
    expect(await (await leader.get(page)).text()).not.toContain("Deze bijeenkomst gaat niet door.");
    await expectConflict(await leader.get(`${page}/cancel`, { "accept-language": "en" }), [
      "The meeting has already started or is over; it can no longer be cancelled. Nothing was changed.",
    ]);
  });

  it("lets a family of four wait while one behind them who fits moves up", async () => {
    const eventId = await createEventAs(leader, { title: "Open dag", kind: "open_day", capacity: "3" });
    const [a, b, c] = await Promise.all(
      ["Gezin A", "Gezin B", "Gezin C"].map((name) => createUser(ctx.database.db, { name })),
    );
    const sign = (userId: string, people: number) =>
      withOrg(ctx.database.db, { orgId: school.orgId, userId }, (tx) =>
        signUp(tx, { orgId: school.orgId, eventId, userId, people }),
      );
    expect((await sign(a!.id, 3)).ok).toBe(true);
    expect(await sign(b!.id, 4)).toMatchObject({ ok: true, waitingPosition: 1 });
    expect(await sign(c!.id, 1)).toMatchObject({ ok: true, waitingPosition: 2 });
    await withOrg(ctx.database.db, { orgId: school.orgId, userId: a!.id }, (tx) =>
      signUp(tx, { orgId: school.orgId, eventId, userId: a!.id, people: 2 }),
    );
    const rows = await signupsOf(ctx, school, eventId);
    expect(rows.map((r) => [r.people, r.waiting])).toEqual([
      [2, false],
      [4, true],
      [1, false],
    ]);
  });

  it("gives a place that comes free to the first who joined the waiting list, whatever the clock says", async () => {
    const eventId = await createEventAs(leader, { title: "Volle avond", capacity: "1" });
    const [present, first, second] = await Promise.all(
      ["Aanwezig", "Eerste", "Tweede"].map((name) => createUser(ctx.database.db, { name })),
    );
    const asOrg = <T>(work: (tx: Tx) => Promise<T>) =>
      withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, work);
    const sign = (userId: string) => asOrg((tx) => signUp(tx, { orgId: school.orgId, eventId, userId, people: 1 }));
    await sign(present!.id);
    expect(await sign(first!.id)).toMatchObject({ ok: true, waitingPosition: 1 });
    // A clock that did not tick before the next join (PGlite's ticks in milliseconds) or stepped back.
    await asOrg((tx) =>
      tx
        .update(eventSignups)
        .set({ signedUpAt: sql`clock_timestamp() + interval '1 minute'` })
        .where(and(eq(eventSignups.eventId, eventId), eq(eventSignups.userId, first!.id))),
    );
    expect(await sign(second!.id)).toMatchObject({ ok: true, waitingPosition: 2 });
    await asOrg((tx) => cancelSignup(tx, { orgId: school.orgId, eventId, userId: present!.id }));
    const rows = await signupsOf(ctx, school, eventId);
    expect(rows.map((r) => [r.userId, r.waiting])).toEqual([
      [first!.id, false],
      [second!.id, true],
    ]);
  });

  it("holds the capacity and the order of the waiting list when many sign up and cancel at once", async () => {
    const eventId = await createEventAs(leader, { title: "Drukke avond", capacity: "5" });
    const people = await Promise.all(
      Array.from({ length: 12 }, (_, i) => createUser(ctx.database.db, { name: `Ouder ${i}` })),
    );
    const outcomes = await Promise.all(
      people.map((person) =>
        withOrg(ctx.database.db, { orgId: school.orgId, userId: person.id }, (tx) =>
          signUp(tx, { orgId: school.orgId, eventId, userId: person.id, people: 1 }),
        ),
      ),
    );
    expect(outcomes.every((o) => o.ok)).toBe(true);
    const positions = outcomes.flatMap((o) => (o.ok && o.waitingPosition !== null ? [o.waitingPosition] : []));
    expect(positions.sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const before = await signupsOf(ctx, school, eventId);
    expect(before.filter((s) => !s.waiting)).toHaveLength(5);
    const firstWaiting = before
      .filter((s) => s.waiting)
      .slice(0, 3)
      .map((s) => s.userId);

    const leaving = before.filter((s) => !s.waiting).slice(0, 3);
    const cancelled = await Promise.all(
      leaving.map((s) =>
        withOrg(ctx.database.db, { orgId: school.orgId, userId: s.userId }, (tx) =>
          cancelSignup(tx, { orgId: school.orgId, eventId, userId: s.userId }, depsOf(ctx)),
        ),
      ),
    );
    expect(cancelled.reduce((sum, o) => sum + (o.ok ? o.movedUp : 0), 0)).toBe(3);
    const after = await signupsOf(ctx, school, eventId);
    const confirmed = after.filter((s) => !s.waiting);
    expect(confirmed).toHaveLength(5);
    expect(firstWaiting.every((id) => confirmed.some((s) => s.userId === id))).toBe(true);
    expect(after.filter((s) => s.waiting)).toHaveLength(4);
    expect(await mailsAbout("Er is plaats voor u: Drukke avond")).toHaveLength(3);
  });

  it("takes topics in advance that other parents support once and can withdraw", async () => {
    const eventId = await createEventAs(leader, { title: "Ouderavond over pesten", kind: "parent_evening" });
    const posted = await parent.post(`/events/${eventId}/topics`, { body: "Hoe praat ik met mijn kind over pesten?" });
    expect(posted.status).toBe(303);
    const topicId = /#topic-(.+)$/.exec(posted.headers.get("location") ?? "")![1]!;
    expect((await parent.post(`/events/${eventId}/topics`, { body: "" })).status).toBe(422);
    const own = await parent.post(`/events/${eventId}/topics/${topicId}/support`);
    await expectConflict(own, ["Dit is uw eigen onderwerp"]);

    expect((await other.post(`/events/${eventId}/topics/${topicId}/support`)).status).toBe(303);
    const again = await other.post(`/events/${eventId}/topics/${topicId}/support`);
    await expectConflict(again, ["U steunt dit onderwerp al. Uw steun telt één keer."]);
    expect(await topicSupportsOf(ctx, school, topicId)).toEqual([{ userId: otherUser.id }]);
    expect(await (await leader.get(`/events/${eventId}`)).text()).toContain("Gesteund door 1 ouder<");

    expect((await other.post(`/events/${eventId}/topics/${topicId}/withdraw`)).status).toBe(303);
    expect((await other.post(`/events/${eventId}/topics/${topicId}/withdraw`)).status).toBe(303);
    expect(await topicSupportsOf(ctx, school, topicId)).toEqual([]);
    // Staff read the topics but do not support them.
    expect((await leader.post(`/events/${eventId}/topics/${topicId}/support`)).status).toBe(403);
  });

  it("takes a topic sent twice from the same form (a double press, Back and send again) once", async () => {
    const eventId = await createEventAs(leader, { title: "Ouderavond over schermtijd", kind: "parent_evening" });
    const form = { body: "Hoeveel schermtijd is genoeg?" };
    const once = newToken();
    const answers = [
      await parent.post(`/events/${eventId}/topics`, form, { once }),
      await parent.post(`/events/${eventId}/topics`, form, { once }),
    ];
    const locations = answers.map((a) => [a.status, a.headers.get("location")]);
    expect(locations[1]).toEqual(locations[0]);
    const page = await (await parent.get(`/events/${eventId}`)).text();
    expect(page.split("Hoeveel schermtijd is genoeg?")).toHaveLength(2);
  });

  it("records attendance afterwards and mails the summary to those invited, once", async () => {
    const eventId = await createEventAs(leader, {
      title: "Avond voor groep A",
      audience: "groups",
      groups: [school.groupA.id],
    });
    expect((await parent.post(`/events/${eventId}/rsvp`, { people: "1" })).status).toBe(303);
    const early = await leader.post(`/events/${eventId}/attendance`, { came: school.parent.id });
    expect(early.status).toBe(409);
    await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
      tx
        .update(events)
        .set({ startsAt: new Date(Date.now() - 3 * 3600_000), endsAt: new Date(Date.now() - 3600_000) })
        .where(and(eq(events.orgId, school.orgId), eq(events.id, eventId))),
    );
    expect((await leader.post(`/events/${eventId}/attendance`, { came: school.parent.id })).status).toBe(303);
    expect((await signupsOf(ctx, school, eventId))[0]?.attended).toBe(true);
    expect(await (await leader.get(`/events/${eventId}`)).text()).toContain("Aanwezig");
    expect((await parent.post(`/events/${eventId}/attendance`, { came: school.parent.id })).status).toBe(403);

    expect((await leader.post(`/events/${eventId}/summary`, { summary: "" })).status).toBe(422);
    expect((await leader.post(`/events/${eventId}/summary`, { summary: "We spraken over **lezen**." })).status).toBe(
      303,
    );
    expect(
      (await leader.post(`/events/${eventId}/summary`, { summary: "We spraken over lezen en rekenen." })).status,
    ).toBe(303);
    const mails = await mailsAbout("Verslag: Avond voor groep A");
    expect(mails.map((m) => m.to)).toEqual([school.parent.email]);
    expect(await (await parent.get(`/events/${eventId}`)).text()).toContain("We spraken over lezen en rekenen.");
  });
});
