/**
 * The leaders of a parent evening see who signed up (names, people, the total against the
 * capacity); skipping the evening cancels it: everyone signed up gets a mail whose calendar file a
 * calendar program reads as the cancellation of the invitation it had (same UID, higher SEQUENCE),
 * and the sign-ups are gone. Read with ical.js, as Thunderbird would. Once the evening has started
 * (or is over) skipping is refused and changes nothing: it is not cancelled and nobody is mailed.
 */
import { orgRows } from "../../../tests/helpers/org-rows.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, signIn, type TestClient, type TestContext } from "../../../tests/helpers/app.js";
import { createSchool } from "../../../tests/helpers/factories.js";
import { expectConflict } from "../../../tests/helpers/refusal.js";
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
    expect(html).toContain(
      "Deze bijeenkomst is afgelast. Alle 2 mensen die zich hadden aangemeld, hebben bericht gekregen.",
    );
    const english = await (
      await leader.get(`/trajectory/sessions/${sessionId}/event`, { "accept-language": "en" })
    ).text();
    expect(english).toContain("This meeting has been cancelled. All 2 people who had signed up were told.");
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
  const lateTopic = "Ouderavond die al begonnen is";
  let lateId: string;
  let eventId: string;

  beforeAll(async () => {
    await leader.post("/trajectory/sessions", { line: "parents", topic: lateTopic, heldOn: day(5) });
    lateId = (await sessionsOf(ctx, school.orgId, "parents")).find((s) => s.topic === lateTopic)!.id;
    await leader.post(`/trajectory/sessions/${lateId}/event`, { startsAt: "19:30", endsAt: "21:00", capacity: "10" });
    const links = await orgRows(ctx.database.db, trajectorySessionEvents, school.orgId);
    eventId = links.find((l) => l.sessionId === lateId)!.eventId;
    const signed = await parent.post(`/trajectory/for-parents/sessions/${lateId}/signup`, { people: "2" });
    expect(signed.status).toBe(303);
  });

  const hours = (n: number) => new Date(Date.now() + n * 3600_000);
  const moveEvent = (startsAt: Date, endsAt: Date) =>
    withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
      tx
        .update(events)
        .set({ startsAt, endsAt })
        .where(and(eq(events.orgId, school.orgId), eq(events.id, eventId))),
    );
  const refusal = "De avond van deze bijeenkomst is al begonnen of voorbij. Overslaan kan daarom niet meer.";

  it.each([
    ["has started", hours(-1), hours(1)],
    ["is over", hours(-3), hours(-1)],
  ])(
    "is not cancelled by skipping its session when it %s: refused, in the user's language, changing nothing",
    async (_, from, to) => {
      await moveEvent(from, to);
      const sent = await expectConflict(
        await leader.post(`/trajectory/sessions/${lateId}/skip`, { reason: "De spreker is ziek" }),
        [refusal],
      );
      expect(sent).not.toContain(`action="/trajectory/sessions/${lateId}/skip"`);
      expect(await mailsAbout(`Gaat niet door: ${lateTopic}`)).toEqual([]);
      const session = (await sessionsOf(ctx, school.orgId, "parents")).find((s) => s.id === lateId)!;
      expect(session.status).toBe("planned");
      expect(session.skipReason).toBeNull();
      const [event] = await orgRows(ctx.database.db, events, school.orgId).then((rows) =>
        rows.filter((e) => e.id === eventId),
      );
      expect(event!.cancelledAt).toBeNull();
      const signups = await orgRows(ctx.database.db, eventSignups, school.orgId);
      expect(signups.filter((s) => s.eventId === eventId)).toHaveLength(1);
      // The session's page says so beforehand instead of offering the form, in English too.
      const english = await (await leader.get(`/trajectory/sessions/${lateId}`, { "accept-language": "en" })).text();
      expect(english).toContain(
        "The evening of this session has already started or is over, so it can no longer be skipped.",
      );
      expect(english).not.toContain(`action="/trajectory/sessions/${lateId}/skip"`);
    },
  );
});
