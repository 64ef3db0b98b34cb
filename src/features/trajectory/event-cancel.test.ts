/**
 * The leaders of a parent evening see who signed up (names, people, the total against the
 * capacity); skipping the evening cancels it: everyone signed up gets a mail whose calendar file a
 * calendar program reads as the cancellation of the invitation it had (same UID, higher SEQUENCE),
 * and the sign-ups are gone. Read with ical.js, as Thunderbird would. Once the evening has started
 * (or is over) skipping records only the session as skipped: the evening stays (not cancelled, its
 * sign-ups kept as they were) and nobody is mailed; the session's page says so before the skip.
 */
import { orgRows } from "../../../tests/helpers/org-rows.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, signIn, type TestClient, type TestContext } from "../../../tests/helpers/app.js";
import { createSchool } from "../../../tests/helpers/factories.js";
import { readCalendar } from "../../../tests/helpers/ical.js";
import type { School } from "../../../tests/helpers/isolation.js";
import { and, eq, like } from "drizzle-orm";
import { withOrg } from "../../db/client.js";
import { eventSignups, events, outbox, trajectorySessionEvents } from "../../db/schema/index.js";
import { schoolDate } from "../../lib/time/school-date.js";
import { sendEventReminders } from "../events/service/reminders.js";
import { addParentOfB } from "../ideas/testing/fixtures.js";
import { depsOf } from "../measurements/testing.js";
import { sessionsOf, startTrajectoryAs } from "./testing/fixtures.js";

let ctx: TestContext;
let school: School;
let leader: TestClient;
let teacher: TestClient;
let parent: TestClient;
let other: TestClient;
let otherEmail: string;
let sessionId: string;
const topic = "Ouderavond over samenwerken";

const day = (offset: number) => schoolDate(new Date(Date.now() + offset * 24 * 3600 * 1000));

beforeAll(async () => {
  ctx = await createTestContext();
  school = await createSchool(ctx.database.db);
  leader = await signIn(ctx, school.leader.email);
  teacher = await signIn(ctx, school.teacher.email);
  await startTrajectoryAs(leader);
  parent = await signIn(ctx, school.parent.email);
  otherEmail = (await addParentOfB(ctx, school, "Tweede Ouder")).email;
  other = await signIn(ctx, otherEmail);
  await leader.post("/trajectory/sessions", { line: "parents", topic, heldOn: day(10) });
  sessionId = (await sessionsOf(ctx, school.orgId, "parents")).find((s) => s.topic === topic)!.id;
  await leader.post(`/trajectory/sessions/${sessionId}/event`, {
    startsAt: "19:30",
    endsAt: "21:00",
    place: "De aula",
    capacity: "10",
  });
});
afterAll(() => ctx.close());

const signupPath = () => `/trajectory/for-parents/sessions/${sessionId}/signup`;
const mailsAbout = (subject: string) =>
  ctx.database.db.select().from(outbox).where(like(outbox.subject, subject)).orderBy(outbox.to);
const signupCount = () => orgRows(ctx.database.db, eventSignups, school.orgId).then((rows) => rows.length);

describe("a parent evening's sign-ups and its cancellation", () => {
  it("shows the leaders who signed up, with the total against the capacity; not to a teacher or parent", async () => {
    expect((await parent.post(signupPath(), { people: "2" })).status).toBe(303);
    expect((await other.post(signupPath(), { people: "3" })).status).toBe(303);
    const page = await leader.get(`/trajectory/sessions/${sessionId}/event`);
    const html = await page.text();
    expect(html).toContain("Wie komen er?");
    expect(html).toContain("5 van de 10 plaatsen bezet (2 aanmeldingen).");
    expect(html).toMatch(/<td>Ouder<\/td>\s*<td>2<\/td>/);
    expect(html).toMatch(/<td>Tweede Ouder<\/td>\s*<td>3<\/td>/);
    expect((await teacher.get(`/trajectory/sessions/${sessionId}/event`)).status).toBe(403);
    expect((await parent.get(`/trajectory/sessions/${sessionId}/event`)).status).toBe(403);
  });

  it("mails everyone signed up a CANCEL of the invitation they got when the evening is skipped", async () => {
    await sendEventReminders(depsOf(ctx), new Date(`${day(9)}T15:00:00Z`));
    const [reminder] = await mailsAbout(`Morgen: ${topic}`).then((m) => m.filter((x) => x.to === school.parent.email));
    const request = readCalendar(String(reminder?.attachments?.[0]?.content));
    expect(request.method).toBe("REQUEST");

    const skipped = await leader.post(`/trajectory/sessions/${sessionId}/skip`, { reason: "De spreker is ziek" });
    expect(skipped.status).toBe(303);
    const cancellations = await mailsAbout(`Gaat niet door: ${topic}`);
    expect(cancellations.map((m) => m.to).sort()).toEqual([school.parent.email, otherEmail].sort());
    for (const mail of cancellations) {
      expect(mail.text).toContain("gaat niet door");
      const cancel = readCalendar(String(mail.attachments?.[0]?.content));
      expect(mail.attachments?.[0]?.contentType).toContain("method=CANCEL");
      expect(cancel.method).toBe("CANCEL");
      expect(cancel.status).toBe("CANCELLED");
      expect(cancel.uid).toBe(request.uid);
      expect(cancel.sequence).toBeGreaterThan(request.sequence);
      expect(cancel.startsAt).toEqual(request.startsAt);
    }
    expect(await signupCount()).toBe(0);
    const html = await (await leader.get(`/trajectory/sessions/${sessionId}/event`)).text();
    expect(html.split("Deze bijeenkomst gaat niet door.")).toHaveLength(2);
    expect(html).toContain("Alle 2 mensen die zich hadden aangemeld, hebben bericht gekregen.");
    const english = await (
      await leader.get(`/trajectory/sessions/${sessionId}/event`, { "accept-language": "en" })
    ).text();
    expect(english.split("This meeting has been cancelled.")).toHaveLength(2);
    expect(english).toContain("All 2 people who had signed up were told.");
  });

  it("takes no more sign-ups, sends no reminder and mails nobody twice", async () => {
    expect((await parent.post(signupPath(), { people: "1" })).status).toBe(404);
    const reminded = (await mailsAbout(`Morgen: ${topic}`)).length;
    await sendEventReminders(depsOf(ctx), new Date(`${day(9)}T16:00:00Z`));
    expect(await mailsAbout(`Morgen: ${topic}`)).toHaveLength(reminded);
    expect((await leader.post(`/trajectory/sessions/${sessionId}/skip`, { reason: "Nog steeds ziek" })).status).toBe(
      303,
    );
    expect(await mailsAbout(`Gaat niet door: ${topic}`)).toHaveLength(2);
    expect(await signupCount()).toBe(0);
  });
});

describe("a parent evening that has started or is over", () => {
  const hours = (n: number) => new Date(Date.now() + n * 3600_000);
  const sessionPath = (id: string) => `/trajectory/sessions/${id}`;
  const kept =
    "De ouderavond is al begonnen of voorbij; die blijft staan. Alleen de bijeenkomst wordt als overgeslagen vastgelegd.";
  const keptEnglish =
    "The parent evening has already started or is over; it stays as it is. Only the session is recorded as skipped.";
  const cancels =
    "Dan gaat de avond niet door: wie zich aanmeldde, krijgt een e-mail met een afzegging voor de agenda.";

  /** A parent evening in five days that one parent signed up for: its session and event. */
  async function evening(eveningTopic: string) {
    await leader.post("/trajectory/sessions", { line: "parents", topic: eveningTopic, heldOn: day(5) });
    const id = (await sessionsOf(ctx, school.orgId, "parents")).find((s) => s.topic === eveningTopic)!.id;
    await leader.post(`${sessionPath(id)}/event`, { startsAt: "19:30", endsAt: "21:00", capacity: "10" });
    const links = await orgRows(ctx.database.db, trajectorySessionEvents, school.orgId);
    const eventId = links.find((l) => l.sessionId === id)!.eventId;
    expect((await parent.post(`/trajectory/for-parents/sessions/${id}/signup`, { people: "2" })).status).toBe(303);
    return { id, eventId };
  }
  const moveEvent = (eventId: string, startsAt: Date, endsAt: Date) =>
    withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
      tx
        .update(events)
        .set({ startsAt, endsAt })
        .where(and(eq(events.orgId, school.orgId), eq(events.id, eventId))),
    );
  const eventOf = (eventId: string) =>
    orgRows(ctx.database.db, events, school.orgId).then((rows) => rows.find((e) => e.id === eventId)!);
  const allMails = () => ctx.database.db.select().from(outbox);

  it("before it starts, the session's page offers the skip form saying the evening is then cancelled", async () => {
    const { id } = await evening("Ouderavond die nog komt");
    const html = await (await leader.get(sessionPath(id))).text();
    expect(html).toContain(`action="${sessionPath(id)}/skip"`);
    expect(html).toContain(cancels);
    expect(html).not.toContain(kept);
    const event = await (await leader.get(`${sessionPath(id)}/event`)).text();
    expect(event).toContain("Gaat de avond niet door? Sla de bijeenkomst over");
  });

  it.each([
    ["has started", "Ouderavond die al begonnen is", hours(-1), hours(1)],
    ["is over", "Ouderavond die voorbij is", hours(-3), hours(-1)],
  ])(
    "when it %s, skipping its session records the session skipped and leaves the evening as it was, mailing nobody",
    async (_, eveningTopic, from, to) => {
      const { id, eventId } = await evening(eveningTopic);
      await moveEvent(eventId, from, to);
      const before = await eventOf(eventId);

      // The page offers the skip and says the evening stays, in Dutch and English.
      const html = await (await leader.get(sessionPath(id))).text();
      expect(html).toContain(`action="${sessionPath(id)}/skip"`);
      expect(html).toContain(kept);
      expect(html).not.toContain(cancels);
      const english = await (await leader.get(sessionPath(id), { "accept-language": "en" })).text();
      expect(english).toContain(keptEnglish);
      const eventPage = await (await leader.get(`${sessionPath(id)}/event`)).text();
      expect(eventPage).not.toContain("Gaat de avond niet door?");
      expect(eventPage).toContain("Is de avond niet doorgegaan? Leg vast dat de bijeenkomst is overgeslagen");

      const mailed = (await allMails()).length;
      const skipped = await leader.post(`${sessionPath(id)}/skip`, { reason: "De avond is niet doorgegaan" });
      expect(skipped.status).toBe(303);
      const timeline = await (await leader.get(skipped.headers.get("location")!)).text();
      expect(timeline).toContain(
        "De bijeenkomst is overgeslagen. De ouderavond was al begonnen of voorbij en blijft staan.",
      );

      const session = (await sessionsOf(ctx, school.orgId, "parents")).find((s) => s.id === id)!;
      expect(session.status).toBe("skipped");
      expect(session.skipReason).toBe("De avond is niet doorgegaan");
      const after = await eventOf(eventId);
      expect(after.cancelledAt).toBeNull();
      expect(after.sequence).toBe(before.sequence);
      const signups = await orgRows(ctx.database.db, eventSignups, school.orgId);
      expect(signups.filter((s) => s.eventId === eventId)).toHaveLength(1);
      expect((await allMails()).length).toBe(mailed);
      expect(await mailsAbout(`Gaat niet door: ${eveningTopic}`)).toEqual([]);
    },
  );
});
