import { eq } from "drizzle-orm";
import { orgRows } from "../../../tests/helpers/org-rows.js";
import { describe, expect, it } from "vitest";
import { signIn, useTestContext } from "../../../tests/helpers/app.js";
import { withOrg } from "../../db/client.js";
import { conversationRequests, conversationSlots, groupStaff, groups, locations } from "../../db/schema/index.js";
import { conversationDay, createConversationSchool, createRoundWithSlots } from "./testing/fixtures.js";
import { mailsTo, slotsOf } from "./testing/queries.js";
import { readCalendar } from "../../../tests/helpers/ical.js";
import { expectConfirmationStep } from "../../../tests/helpers/confirm.js";
import { localToUtc } from "../../lib/time/zone.js";
import { expectConflict, expectRefused } from "../../../tests/helpers/refusal.js";
import { ofOrg } from "../../db/of-org.js";

const ctx = useTestContext();

const db = () => ctx.database.db;
const day = conversationDay();

function requestsOf(orgId: string) {
  return orgRows(db(), conversationRequests, orgId);
}

/** The booked slot and every request of the school took place an hour ago. */
function moveToThePast(orgId: string, slotId: string) {
  const startsAt = new Date(Date.now() - 3_600_000);
  const endsAt = new Date(Date.now() - 3_000_000);
  return withOrg(db(), { orgId, userId: null }, async (tx) => {
    await tx
      .update(conversationSlots)
      .set({ startsAt, endsAt })
      .where(ofOrg(conversationSlots, orgId, { id: slotId }));
    await tx.update(conversationRequests).set({ startsAt, endsAt }).where(eq(conversationRequests.orgId, orgId));
  });
}

/** The school's group A meets at a location with an address. */
function placeGroupA(orgId: string, groupId: string, address: string) {
  return withOrg(db(), { orgId, userId: null }, async (tx) => {
    const [location] = await tx.insert(locations).values({ orgId, name: "Hoofdlocatie", address }).returning();
    await tx
      .update(groups)
      .set({ locationId: location!.id })
      .where(ofOrg(groups, orgId, { id: groupId }));
  });
}

/** The id in the Location of a redirect to /conversations/requests/<id>. */
const idFrom = (response: Response) => response.headers.get("location")?.split("/").pop() ?? "";

describe("conversations on request", () => {
  it("a parent asks, the teacher proposes times, the parent accepts one: all guardians and the teacher get an invitation", async () => {
    const school = await createConversationSchool(db());
    const parent = await signIn(ctx, school.parent.email);
    expect(await (await parent.get("/conversations")).text()).toContain('href="/conversations/requests"');
    const form = await (await parent.get("/conversations/requests/new")).text();
    expect(form).toContain("Hoe het met het kind gaat");
    expect(form).toContain('<option value="">Kies een onderwerp</option>');
    const noTopic = await parent.post("/conversations/requests", { pupilId: school.child.id, topic: "", note: "" });
    await expectRefused(noTopic, ["Kies een onderwerp."]);

    const asked = await parent.post("/conversations/requests", {
      pupilId: school.child.id,
      topic: "wellbeing",
      note: "Ze slaapt slecht sinds de verhuizing.",
    });
    expect(asked.status).toBe(303);
    const requestId = idFrom(asked);
    await placeGroupA(school.orgId, school.groupA.id, "Schoolstraat 1, Utrecht");
    const page = `/conversations/requests/${requestId}`;
    const [toTeacher] = await mailsTo(db(), school.teacher.email);
    expect(toTeacher?.subject).toBe("Verzoek om een gesprek over Kind Eigen");

    // It is the teacher's turn, not the parent's.
    const early = await parent.post(`${page}/propose`, { time1: `${day}T15:00`, minutes: "15" });
    await expectConflict(early, ["Deze stap is aan de ander."]);

    const teacher = await signIn(ctx, school.teacher.email);
    // Each side's list names the other side.
    expect(await (await parent.get("/conversations/requests")).text()).toContain(`Met ${school.teacher.name}`);
    const teachersList = await (await teacher.get("/conversations/requests")).text();
    expect(teachersList).toContain("Met de ouders");
    expect(teachersList).not.toContain(`Met ${school.teacher.name}`);
    const seen = await (await teacher.get(page)).text();
    expect(seen).toContain("Ze slaapt slecht sinds de verhuizing.");
    const proposed = await teacher.post(`${page}/propose`, {
      time1: `${day}T15:00`,
      time2: `${day}T16:00`,
      minutes: "30",
    });
    expect(proposed.status).toBe(303);
    expect((await mailsTo(db(), school.parent.email))[0]?.subject).toBe(
      "Tijden voorgesteld voor het gesprek over Kind Eigen",
    );

    const choices = await (await parent.get(page)).text();
    const timeIds = [...choices.matchAll(/name="timeId" value="([^"]+)"/g)].map((m) => m[1]!);
    expect(timeIds).toHaveLength(2);
    expect((await parent.post(`${page}/accept`, { timeId: timeIds[1]! })).status).toBe(303);
    expect(await (await parent.get(page)).text()).toMatch(/Gepland[\s\S]*16:00–16:30/);

    for (const [email, name] of [
      [school.parent.email, "Ouder"],
      [school.partner.email, "Tweede Ouder"],
      [school.teacher.email, "Leraar"],
    ] as const) {
      const [mail] = await mailsTo(db(), email);
      expect(mail?.subject).toBe("Bevestiging: gesprek over Kind Eigen");
      expect(mail?.text?.startsWith(`Beste ${name},\n\n`)).toBe(true);
      expect(mail?.text?.endsWith(`Met vriendelijke groet,\n${school.org.name}`)).toBe(true);
      const event = readCalendar(mail?.attachments?.[0]?.content as string);
      expect(event).toMatchObject({
        method: "REQUEST",
        uid: `${requestId}@samen`,
        location: `${school.org.name}, Schoolstraat 1, Utrecht`,
        organiser: { name: school.org.name, address: "noreply@samen.example" },
        attendees: [{ name, address: email, rsvp: "FALSE" }],
      });
      // 16:00 school time, whatever the zone of the machine that reads it.
      expect(event.startsAt).toEqual(localToUtc(day, "16:00"));
    }
  });

  it("gives one definite winner when both guardians accept a different time at the same moment", async () => {
    const school = await createConversationSchool(db());
    const parent = await signIn(ctx, school.parent.email);
    const asked = await parent.post("/conversations/requests", { pupilId: school.child.id, topic: "home" });
    const page = `/conversations/requests/${idFrom(asked)}`;
    const teacher = await signIn(ctx, school.teacher.email);
    await teacher.post(`${page}/propose`, { time1: `${day}T15:00`, time2: `${day}T16:00`, minutes: "15" });
    const html = await (await parent.get(page)).text();
    const [early, late] = [...html.matchAll(/name="timeId" value="([^"]+)"/g)].map((m) => m[1]!);
    const partner = await signIn(ctx, school.partner.email);
    const answers = await Promise.all([
      parent.post(`${page}/accept`, { timeId: early! }),
      partner.post(`${page}/accept`, { timeId: late! }),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([303, 409]);
    const [request] = await requestsOf(school.orgId);
    expect(request?.status).toBe("scheduled");
    const won = answers[0]!.status === 303 ? "15:00" : "16:00";
    expect(await (await parent.get(page)).text()).toContain(`${won}–`);
  });

  it("a teacher asks about a family in their group and sets the time; cancelling withdraws the invitation", async () => {
    const school = await createConversationSchool(db());
    const teacher = await signIn(ctx, school.teacher.email);
    const asked = await teacher.post("/conversations/requests", { pupilId: school.child.id, topic: "progress" });
    expect(asked.status).toBe(303);
    const page = `/conversations/requests/${idFrom(asked)}`;
    expect((await mailsTo(db(), school.partner.email))[0]?.subject).toBe("Verzoek om een gesprek over Kind Eigen");

    expect((await teacher.post(`${page}/set`, { time: `${day}T08:30`, minutes: "15" })).status).toBe(303);
    const [scheduled] = await mailsTo(db(), school.parent.email);
    expect(readCalendar(scheduled?.attachments?.[0]?.content as string)).toMatchObject({
      method: "REQUEST",
      sequence: 1,
    });

    const parent = await signIn(ctx, school.parent.email);
    await expectConfirmationStep(parent, page, `${page}/cancel`, [
      "Gesprek over Kind Eigen",
      `Met ${school.teacher.name}`,
    ]);
    expect((await parent.post(`${page}/cancel`)).status).toBe(303);
    const [cancelled] = await mailsTo(db(), school.teacher.email);
    expect(cancelled?.subject).toBe("Afgezegd: gesprek over Kind Eigen");
    expect(readCalendar(cancelled?.attachments?.[0]?.content as string)).toMatchObject({
      method: "CANCEL",
      sequence: 2,
      attendees: [{ name: "Leraar", address: school.teacher.email }],
    });
    const again = await teacher.post(`${page}/set`, { time: `${day}T09:00`, minutes: "15" });
    expect(again.status).toBe(409);
    expect((await requestsOf(school.orgId))[0]?.status).toBe("cancelled");
  });

  it("a parent of one child with two teachers chooses whom to ask, and sees the form again after a mistake", async () => {
    const school = await createConversationSchool(db());
    // The other child's group B gets a second teacher; its parent has that one child only.
    await withOrg(db(), { orgId: school.orgId, userId: null }, (tx) =>
      tx.insert(groupStaff).values({ orgId: school.orgId, groupId: school.groupB.id, userId: school.teacher.id }),
    );
    const parent = await signIn(ctx, school.otherParent.email);
    const form = await parent.get("/conversations/requests/new");
    expect(form.status).toBe(200);
    const html = await form.text();
    expect(html).toContain('name="teacherId"');
    expect(html).toContain(school.teacher.name);
    expect(html).toContain(school.teacherB.name);
    const noTopic = await parent.post("/conversations/requests", { pupilId: school.other.id, topic: "", note: "" });
    await expectRefused(noTopic, ["Kies een onderwerp."]);
    expect(await requestsOf(school.orgId)).toHaveLength(0);
    const asked = await parent.post("/conversations/requests", {
      pupilId: school.other.id,
      teacherId: school.teacher.id,
      topic: "home",
      note: "",
    });
    expect(asked.status).toBe(303);
    const [request] = await requestsOf(school.orgId);
    expect(request?.teacherId).toBe(school.teacher.id);
  });

  it("groups the teachers per child and puts a teacher of another child's group on the teacher field", async () => {
    const school = await createConversationSchool(db());
    // The sibling's group B gets a second teacher: the form asks whom, per child.
    await withOrg(db(), { orgId: school.orgId, userId: null }, (tx) =>
      tx.insert(groupStaff).values({ orgId: school.orgId, groupId: school.groupB.id, userId: school.teacher.id }),
    );
    const parent = await signIn(ctx, school.parent.email);
    const html = await (await parent.get("/conversations/requests/new")).text();
    const teacherSelect = html.slice(
      html.indexOf('name="teacherId"'),
      html.indexOf("</select>", html.indexOf('name="teacherId"')),
    );
    const groupOf = (name: string) =>
      teacherSelect.match(new RegExp(`<optgroup label="${name}[^"]*"[^>]*>([\\s\\S]*?)</optgroup>`))?.[1] ?? "";
    expect(groupOf(school.child.firstName)).toContain(school.teacher.name);
    // With the script, the teacher field offers only the chosen child's teachers (client/app.ts).
    expect(html).toMatch(/<select[^>]*name="teacherId"[^>]*data-follows="pupilId"/);
    expect(teacherSelect).toContain(`data-when="${school.child.id}"`);
    expect(teacherSelect).toContain(`data-when="${school.sibling.id}"`);
    expect(groupOf(school.child.firstName)).not.toContain(school.teacherB.name);
    expect(groupOf(school.sibling.firstName)).toContain(school.teacherB.name);

    // Group B's teacher for the child in group A: refused at the teacher field, the note kept.
    const otherGroups = { pupilId: school.child.id, teacherId: school.teacherB.id };
    const wrong = await parent.post("/conversations/requests", {
      ...otherGroups,
      topic: "home",
      note: "Over het rekenen",
    });
    expect(wrong.status).toBe(403);
    const page = await wrong.text();
    expect(page).toMatch(
      /<select[^>]*name="teacherId"[^>]*aria-invalid="true"[^>]*aria-describedby="field-teacherId-error"/,
    );
    expect(page).toContain('id="field-teacherId-error">Kies een leraar van de groep van dit kind.');
    expect(page).toContain("Over het rekenen");
    expect(await requestsOf(school.orgId)).toHaveLength(0);
  });

  it("refuses someone else's child, another group, bad input and another organisation, storing nothing", async () => {
    const school = await createConversationSchool(db());
    const parent = await signIn(ctx, school.parent.email);
    const stranger = await parent.post("/conversations/requests", { pupilId: school.other.id, topic: "home" });
    expect(stranger.status).toBe(403);
    expect(await stranger.text()).toContain("U kunt alleen een gesprek aanvragen over uw eigen kind");
    const noTopic = await parent.post("/conversations/requests", { pupilId: school.child.id, topic: "gossip" });
    await expectRefused(noTopic, ["Kies een onderwerp."]);
    const wrongTeacher = await parent.post("/conversations/requests", {
      pupilId: school.child.id,
      teacherId: school.teacherB.id,
      topic: "home",
    });
    expect(wrongTeacher.status).toBe(403);

    const teacher = await signIn(ctx, school.teacher.email);
    expect((await teacher.post("/conversations/requests", { pupilId: school.other.id, topic: "home" })).status).toBe(
      403,
    );
    expect(await requestsOf(school.orgId)).toHaveLength(0);

    const asked = await parent.post("/conversations/requests", { pupilId: school.child.id, topic: "home" });
    const page = `/conversations/requests/${idFrom(asked)}`;
    const past = await teacher.post(`${page}/propose`, { time1: "2020-01-01T10:00", minutes: "15" });
    await expectRefused(past, ["Kies een tijd in de toekomst."]);
    const none = await teacher.post(`${page}/propose`, { minutes: "15" });
    expect(await none.text()).toContain("Vul minstens één tijd in.");
    expect((await teacher.post(`${page}/propose`, { time1: `${day}T15:00`, minutes: "7" })).status).toBe(422);
    expect((await requestsOf(school.orgId))[0]?.status).toBe("requested");

    const otherParent = await signIn(ctx, school.otherParent.email);
    expect((await otherParent.get(page)).status).toBe(403);
    const teacherB = await signIn(ctx, school.teacherB.email);
    expect((await teacherB.post(`${page}/cancel`)).status).toBe(403);

    const elsewhere = await createConversationSchool(db());
    const foreign = await signIn(ctx, elsewhere.leader.email);
    expect((await foreign.get(page)).status).toBe(403);
    const foreignTeacher = await signIn(ctx, elsewhere.teacher.email);
    expect((await foreignTeacher.get(page)).status).toBe(404);
    expect((await foreignTeacher.get(`/conversations/history/${school.child.id}`)).status).toBe(404);
    // Row-level security: inside the other organisation the request does not exist at all.
    const seenThere = await withOrg(db(), { orgId: elsewhere.orgId, userId: null }, (tx) =>
      tx.select().from(conversationRequests),
    );
    expect(seenThere).toHaveLength(0);

    // The same refusal in English for an English-speaking parent.
    await parent.post("/language", { locale: "en", back: "/conversations" });
    const english = await parent.post("/conversations/requests", { pupilId: school.child.id, topic: "" });
    await expectRefused(english, ["Choose a topic."]);
    expect((await requestsOf(school.orgId))[0]?.status).toBe("requested");
  });

  it("counts held conversations and their topics per child for the leader and the child's teacher, without notes", async () => {
    const school = await createConversationSchool(db());
    const { round } = await createRoundWithSlots(db(), school);
    const parent = await signIn(ctx, school.parent.email);
    const [slot] = await slotsOf(db(), school.orgId, round.id, school.teacher.id);
    await parent.post(`/conversations/rounds/${round.id}/book`, { pupilId: school.child.id, slotId: slot!.id });
    const teacher = await signIn(ctx, school.teacher.email);
    const asked = await teacher.post("/conversations/requests", {
      pupilId: school.child.id,
      topic: "wellbeing",
      note: "Zorgen over de pauzes.",
    });
    const page = `/conversations/requests/${idFrom(asked)}`;
    await teacher.post(`${page}/set`, { time: `${day}T08:30`, minutes: "15" });
    // Marking held waits until the conversation has started.
    expect((await teacher.post(`${page}/held`)).status).toBe(409);
    await moveToThePast(school.orgId, slot!.id);
    expect((await teacher.post(`${page}/held`)).status).toBe(303);
    expect((await requestsOf(school.orgId))[0]?.status).toBe("held");

    const leader = await signIn(ctx, school.leader.email);
    const overview = await (await leader.get("/conversations/history")).text();
    expect(overview).toMatch(
      /Kind Eigen<\/a><\/th><td[^>]*>Groep A<\/td><td[^>]*>2<\/td><td[^>]*>[^<]*Hoe het met het kind gaat \(1\)/,
    );
    expect(overview).toContain("Driehoeksgesprek (ouder, kind en leraar) (1)");
    const history = await (await teacher.get(`/conversations/history/${school.child.id}`)).text();
    expect(history).toContain("Gehouden gesprekken: 2");
    expect(history).not.toContain("Zorgen over de pauzes.");

    const teacherB = await signIn(ctx, school.teacherB.email);
    expect((await teacherB.get(`/conversations/history/${school.child.id}`)).status).toBe(403);
    expect(await (await teacherB.get("/conversations/history")).text()).not.toContain("Kind Eigen");
    expect((await parent.get("/conversations/history")).status).toBe(403);
  });
});
