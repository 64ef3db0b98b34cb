import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { signIn, useTestContext } from "../../../tests/helpers/app.js";
import { withOrg } from "../../db/client.js";
import { conversationRounds } from "../../db/schema/index.js";
import { localToUtc } from "../../lib/time/zone.js";
import { formatSchoolDay } from "../../lib/time/format.js";
import { typedDate } from "../../lib/time/dutch-date.js";
import { bookSlot } from "./service/booking.js";
import { conversationDay, createConversationSchool, createRoundWithSlots, quietMessenger } from "./testing/fixtures.js";
import { slotsOf as slotsOfRound } from "./testing/queries.js";
import { expectRefused } from "../../../tests/helpers/refusal.js";
import { expectPage } from "../../../tests/helpers/page.js";

const ctx = useTestContext();

const inOrg = <T>(orgId: string, fn: Parameters<typeof withOrg<T>>[2]) =>
  withOrg(ctx.database.db, { orgId, userId: null }, fn);

const slotsOf = (orgId: string, roundId: string, teacherId: string) =>
  slotsOfRound(ctx.database.db, orgId, roundId, teacherId);

const roundFields = (groupIds: string[]) => ({
  name: "Startgesprekken",
  kind: "three_way",
  mode: "first_come",
  groupIds,
  slotMinutes: "15",
  breakEverySlots: "4",
  breakMinutes: "10",
  bufferMinutes: "5",
  toleranceMinutes: "15",
  opensAt: "2026-12-01T08:00",
  closesAt: "2026-12-08T20:00",
  changeDeadline: "2026-12-07T12:00",
});

describe("conversation rounds", () => {
  it("lets a school leader create a round for chosen groups, and refuses bad input with messages", async () => {
    const school = await createConversationSchool(ctx.database.db);
    const leader = await signIn(ctx, school.leader.email);
    expect((await leader.get("/conversations/rounds/new")).status).toBe(200);

    const bad = await leader.post("/conversations/rounds", {
      ...roundFields([]),
      slotMinutes: "3",
      opensAt: "2026-12-01 08:00",
    });
    await expectRefused(bad, [
      "Kies minstens één groep.",
      "Een gesprek duurt tussen 5 en 120 minuten.",
      "Vul een geldige datum en tijd in, zoals 30-11-2026 19:00.",
    ]);
    // Rules between fields come once every field on its own is right.
    const crossed = await leader.post("/conversations/rounds", {
      ...roundFields([school.groupA.id]),
      breakMinutes: "",
      closesAt: "2026-11-30T20:00",
    });
    await expectRefused(crossed, [
      "Een pauze duurt tussen 1 en 120 minuten.",
      "Het inschrijven moet sluiten na het openen.",
    ]);
    const tampered = await leader.post("/conversations/rounds", roundFields(["not-a-group"]));
    expect(tampered.status).toBe(422);
    const [none] = await inOrg(school.orgId, (tx) =>
      tx.select({ n: count() }).from(conversationRounds).where(eq(conversationRounds.orgId, school.orgId)),
    );
    expect(none?.n).toBe(0);

    const created = await leader.post("/conversations/rounds", roundFields([school.groupA.id, school.groupB.id]));
    expect(created.status).toBe(303);
    const url = created.headers.get("location")!;
    const page = await (await leader.get(url)).text();
    expect(page).toContain("Startgesprekken");
    expect(page).toContain("Groep A, Groep B");
    const [round] = await inOrg(school.orgId, (tx) =>
      tx.select().from(conversationRounds).where(eq(conversationRounds.orgId, school.orgId)),
    );
    expect(round?.slotSettings).toEqual({ slotMinutes: 15, breakEvery: { slots: 4, minutes: 10 }, breaks: [] });
    expect(round?.opensAt).toEqual(localToUtc("2026-12-01", "08:00"));

    const parent = await signIn(ctx, school.parent.email);
    const teacher = await signIn(ctx, school.teacher.email);
    expect((await parent.post("/conversations/rounds", roundFields([school.groupA.id]))).status).toBe(403);
    expect((await teacher.post("/conversations/rounds", roundFields([school.groupA.id]))).status).toBe(403);
  });

  it("refuses available times that overlap the teacher's times in another round, and keeps the rest", async () => {
    const school = await createConversationSchool(ctx.database.db);
    // The teacher's times in the first round run 18:00–19:00 on the conversation day.
    await createRoundWithSlots(ctx.database.db, school);
    const { round } = await createRoundWithSlots(ctx.database.db, school, {
      teachers: [],
      overrides: { name: "Startgesprekken" },
    });
    const teacher = await signIn(ctx, school.teacher.email);
    const base = `/conversations/rounds/${round.id}/availability`;
    const date = conversationDay();

    const overlap = await teacher.post(base, { date, from: "18:30", to: "19:30" });
    await expectRefused(overlap, ["Deze tijd overlapt met uw gesprekstijden in een andere ronde."]);
    expect(await slotsOf(school.orgId, round.id, school.teacher.id)).toHaveLength(0);

    const after = await teacher.post(base, { date, from: "19:00", to: "19:30" });
    expect(after.status).toBe(303);
    expect(await slotsOf(school.orgId, round.id, school.teacher.id)).toHaveLength(3);
  });

  it("turns a teacher's available times into the domain's slots, persisted, and refuses overlaps", async () => {
    const school = await createConversationSchool(ctx.database.db);
    const { round } = await createRoundWithSlots(ctx.database.db, school, { teachers: [] });
    const teacher = await signIn(ctx, school.teacher.email);
    const base = `/conversations/rounds/${round.id}/availability`;
    const date = conversationDay(12);

    const added = await teacher.post(base, { date, from: "19:00", to: "20:00" });
    expect(added.status).toBe(303);
    const slots = await slotsOf(school.orgId, round.id, school.teacher.id);
    expect(slots.map((s) => s.startsAt)).toEqual(
      ["19:00", "19:10", "19:20", "19:30", "19:40", "19:50"].map((time) => localToUtc(date, time)),
    );
    expect(slots[0]?.endsAt).toEqual(localToUtc(date, "19:10"));

    const overlap = await teacher.post(base, { date, from: "19:30", to: "21:00" });
    await expectRefused(overlap, ["Deze tijd overlapt met een andere tijd van dezelfde leraar."]);
    const past = await teacher.post(base, { date: "14-11-2025", from: "19:00", to: "20:00" });
    const pastPage = await expectRefused(past, ["Deze datum is al voorbij. Kies vandaag of een latere dag."]);
    expect(pastPage).toMatch(/<input[^>]*name="date"[^>]*aria-invalid="true"/);
    const short = await teacher.post(base, { date, from: "21:00", to: "21:05" });
    await expectRefused(short, ["Deze tijd is korter dan één gesprek."]);
    expect(await slotsOf(school.orgId, round.id, school.teacher.id)).toHaveLength(6);

    const list = await (await teacher.get(base)).text();
    expect(list).toContain(`${formatSchoolDay("nl", date)} 19:00–20:00`);
    expect(list).not.toContain(date);
    expect(list).toContain("Wanneer het laatste gesprek uiterlijk afgelopen is.");
    expect(list.match(/zoals 19:00/gi)).toHaveLength(1);
    const windowId = list.match(new RegExp(`${base}/([0-9a-f-]{36})/remove`))?.[1];
    expect((await teacher.post(`${base}/${windowId}/remove`)).status).toBe(303);
    expect(await slotsOf(school.orgId, round.id, school.teacher.id)).toHaveLength(0);

    // Typed the Dutch way, where a browser offers no date picker.
    const typed = await teacher.post(base, { date: typedDate(date), from: "19:00", to: "19:30" });
    expect(typed.status).toBe(303);
    expect(await slotsOf(school.orgId, round.id, school.teacher.id)).toHaveLength(3);
  });

  it("refuses to remove times families booked, and lets only the round's teachers in", async () => {
    const school = await createConversationSchool(ctx.database.db);
    const { round } = await createRoundWithSlots(ctx.database.db, school, {
      overrides: { groupIds: [school.groupA.id] },
    });
    const [first] = await slotsOf(school.orgId, round.id, school.teacher.id);
    const booked = await bookSlot({
      db: ctx.database.db,
      orgId: school.orgId,
      userId: school.parent.id,
      roundId: round.id,
      now: new Date(),
      messenger: quietMessenger,
      pupilId: school.child.id,
      slotId: first!.id,
    });
    expect(booked.ok).toBe(true);
    const teacher = await signIn(ctx, school.teacher.email);
    const base = `/conversations/rounds/${round.id}/availability`;
    const windowId = (await (await teacher.get(base)).text()).match(/availability\/([0-9a-f-]{36})\/remove/)?.[1];
    const refused = await teacher.post(`${base}/${windowId}/remove`);
    expect(refused.status).toBe(409);
    const page = await refused.text();
    expect(page).toContain(
      "Op deze tijden is al 1 gesprek geboekt. Zeg die gesprekken eerst af via Mijn gesprekkenlijst; de gezinnen krijgen dan bericht.",
    );
    expect(page).not.toContain("U heeft nog geen tijden ingevuld.");
    expect(await slotsOf(school.orgId, round.id, school.teacher.id)).toHaveLength(6);

    const teacherB = await signIn(ctx, school.teacherB.email);
    expect((await teacherB.get(base)).status).toBe(403);
    expect((await teacherB.post(base, { date: conversationDay(), from: "18:00", to: "19:00" })).status).toBe(403);
    const parent = await signIn(ctx, school.parent.email);
    expect((await parent.get(base)).status).toBe(403);
  });

  it("shows a teacher their own day schedule with who comes when, ready to print", async () => {
    const school = await createConversationSchool(ctx.database.db);
    const { round } = await createRoundWithSlots(ctx.database.db, school);
    const [first] = await slotsOf(school.orgId, round.id, school.teacher.id);
    const parent = await signIn(ctx, school.parent.email);
    const booked = await parent.post(`/conversations/rounds/${round.id}/book`, {
      pupilId: school.child.id,
      slotId: first!.id,
    });
    expect(booked.status).toBe(303);

    const teacher = await signIn(ctx, school.teacher.email);
    const schedule = await teacher.get(`/conversations/rounds/${round.id}/schedule`);
    await expectPage(schedule, ["Kind Eigen", "Ouder, Tweede Ouder", "18:00–18:10", "vrij"]);
    const teacherB = await signIn(ctx, school.teacherB.email);
    const other = await (await teacherB.get(`/conversations/rounds/${round.id}/schedule`)).text();
    expect(other).not.toContain("Kind Eigen");
  });
});
