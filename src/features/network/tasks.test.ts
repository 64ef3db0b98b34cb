/**
 * Volunteer tasks: staff post one for some groups; a parent of such a group signs up until it is
 * full, the next joins the waiting list and moves up (with a mail) when someone cancels, a second
 * sign-up is refused, a parent
 * of another group does not see it; the capacity holds when many sign up at once; staff see who
 * is coming and write to them; the parent's home page shows the task; the reminder the day before
 * goes once.
 */
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { lastMailTo, signIn, type TestClient, useTestContext } from "../../../tests/helpers/app.js";
import { createSchool, withGroupNamed } from "../../../tests/helpers/factories.js";
import type { School } from "../../../tests/helpers/isolation.js";
import { withOrg } from "../../db/client.js";
import { eventSignups, outbox, volunteerTasks } from "../../db/schema/index.js";
import { schoolDate } from "../../lib/time/school-date.js";
import { typedDate } from "../../lib/time/dutch-date.js";
import { sendEventReminders } from "../events/service/reminders.js";
import { depsOf } from "../measurements/testing.js";
import { cancelTaskSignup, signUpForTask } from "./service/tasks.js";
import { auditOf } from "../discussions/testing/fixtures.js";
import { addParent, removeParent } from "./testing/fixtures.js";
import { expectConflict, expectRefused } from "../../../tests/helpers/refusal.js";

const ctx = useTestContext();
let school: School;
let leader: TestClient;
let parent: TestClient;
let groupB: TestClient;

const inDays = (n: number) => typedDate(schoolDate(new Date(Date.now() + n * 24 * 3600 * 1000)));

beforeAll(async () => {
  school = await createSchool(ctx.database.db);
  leader = await signIn(ctx, school.leader.email);
  parent = await signIn(ctx, school.parent.email);
  groupB = await signIn(ctx, (await addParent(ctx, school, "B", "Ouder B")).email);
});

async function postTask(needed: number, days = 5, title = `Schoolplein opruimen ${Math.random()}`) {
  const response = await leader.post("/network/tasks", {
    title,
    date: inDays(days),
    startsAt: "09:00",
    endsAt: "11:00",
    place: "Schoolplein",
    needed: String(needed),
    groupIds: school.groupA.id,
    expected: "Handschoenen mee",
  });
  expect(response.status).toBe(303);
  return response.headers.get("location")!;
}

const signupsOf = (path: string) =>
  withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, async (tx) => {
    const [task] = await tx
      .select()
      .from(volunteerTasks)
      .where(and(eq(volunteerTasks.orgId, school.orgId), eq(volunteerTasks.id, path.split("/").pop()!)));
    return tx.select().from(eventSignups).where(eq(eventSignups.eventId, task!.eventId));
  });

describe("volunteer tasks", () => {
  it("refuses a task without title, groups or a valid time, with messages", async () => {
    await expectRefused(
      await leader.post("/network/tasks", {
        title: "",
        date: "31-02-2027",
        startsAt: "11:00",
        endsAt: "09:00",
        needed: "0",
        expected: "",
        place: "",
      }),
      ["Schrijf wat de taak is.", "Geef een datum", "Geef een aantal van 1 tot 500.", "Kies een of meer groepen"],
    );
    expect((await parent.post("/network/tasks", { title: "x" })).status).toBe(403);
  });

  it("a parent of a group asked signs up once; when full the next is told so and joins the waiting list", async () => {
    const path = await postTask(2);
    const created = await auditOf(ctx, school.orgId, path.split("/").pop()!);
    expect(created).toEqual([{ action: "create", userId: school.leader.id }]);
    const page = await (await parent.get(path)).text();
    expect(page).toContain("Handschoenen mee");
    expect(page).toContain("Nog 2 plaatsen vrij");
    expect((await parent.post(`${path}/signup`)).status).toBe(303);
    const again = await parent.post(`${path}/signup`);
    await expectConflict(again, ["U bent al aangemeld voor deze taak."]);
    const second = await signIn(ctx, (await addParent(ctx, school, "A")).email);
    expect((await second.post(`${path}/signup`)).status).toBe(303);
    const thirdParent = await addParent(ctx, school, "A");
    const third = await signIn(ctx, thirdParent.email);
    expect(await (await third.get(path)).text()).toContain("Vol: meldt u zich toch aan, dan komt u op de wachtlijst");
    const waiting = await third.post(`${path}/signup`);
    expect(waiting.status).toBe(303);
    expect(await (await third.get(path)).text()).toContain("U staat op de wachtlijst (plaats 1)");
    expect((await third.post(`${path}/signup`)).status).toBe(409);
    expect((await signupsOf(path)).filter((s) => !s.waiting)).toHaveLength(2);
    // A parent of another group does not see the task at all.
    expect((await groupB.get(path)).status).toBe(404);
    expect(await (await groupB.get("/network/tasks")).text()).not.toContain("Handschoenen");
    // Cancelling gives the place to the first waiting, who is mailed in the task's words.
    expect((await parent.post(`${path}/signup/cancel`)).status).toBe(303);
    expect(await (await third.get(path)).text()).toContain("U heeft zich aangemeld.");
    const mail = await lastMailTo(ctx, thirdParent.email);
    expect(mail?.subject).toMatch(/^Er is plaats voor u: Schoolplein opruimen/);
    expect(mail?.text).toContain("U stond op de wachtlijst en helpt nu mee.");
    expect(mail?.text).toContain(path);
    expect((await signupsOf(path)).filter((s) => !s.waiting)).toHaveLength(2);
  });

  it("says a group named by its number is group 7, as a reader expects", async () => {
    await withGroupNamed(ctx.database.db, school.groupA, "7", async () => {
      const path = await postTask(3);
      expect(await (await parent.get(path)).text()).toContain("Voor ouders van: groep 7");
      expect(await (await parent.get(path, { "accept-language": "en" })).text()).toContain("For parents of: group 7");
    });
  });

  it("never over-fills when many sign up and cancel in the same second; the waiting list moves up in order", async () => {
    const path = await postTask(5);
    const taskId = path.split("/").pop()!;
    const parents = await Promise.all(Array.from({ length: 20 }, () => addParent(ctx, school, "A")));
    const scopeOf = (p: { id: string }) => ({ db: ctx.database.db, orgId: school.orgId, userId: p.id, taskId });
    const outcomes = await Promise.all(parents.map((p) => signUpForTask(scopeOf(p))));
    const placed = outcomes.filter((o) => o.ok && o.waitingPosition === null);
    const inLine = outcomes.flatMap((o) => (o.ok && o.waitingPosition !== null ? [o.waitingPosition] : []));
    expect(placed).toHaveLength(5);
    expect(inLine.sort((a, b) => a - b)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    const rows = await signupsOf(path);
    expect(rows.filter((r) => !r.waiting)).toHaveLength(5);
    expect(rows.filter((r) => r.waiting)).toHaveLength(15);

    // Three with a place cancel while five more parents sign up, all at once.
    const firstInLine = rows
      .filter((r) => r.waiting)
      .sort((a, b) => a.signedUpAt.getTime() - b.signedUpAt.getTime() || a.userId.localeCompare(b.userId))
      .slice(0, 3)
      .map((r) => r.userId);
    const leaving = rows.filter((r) => !r.waiting).slice(0, 3);
    const late = await Promise.all(Array.from({ length: 5 }, () => addParent(ctx, school, "A")));
    const deps = depsOf(ctx);
    const raced = await Promise.all([
      ...leaving.map((r) => cancelTaskSignup({ ...scopeOf({ id: r.userId }), deps })),
      ...late.map((p) => signUpForTask({ ...scopeOf(p), deps })),
    ]);
    expect(raced.every((o) => o.ok)).toBe(true);
    const after = await signupsOf(path);
    expect(after.filter((r) => !r.waiting)).toHaveLength(5);
    expect(after.filter((r) => r.waiting)).toHaveLength(17);
    // The places went to the first in line before anyone who came later, each told by mail.
    const placedNow = new Set(after.filter((r) => !r.waiting).map((r) => r.userId));
    for (const id of firstInLine) expect(placedNow.has(id)).toBe(true);
    for (const p of late) expect(placedNow.has(p.id)).toBe(false);
    for (const id of firstInLine) {
      const email = parents.find((p) => p.id === id)!.email;
      expect((await lastMailTo(ctx, email))?.subject).toMatch(/^Er is plaats voor u/);
    }
  });

  it("staff see who is coming and write to them; the parent sees the task on their home page", async () => {
    const path = await postTask(3, 6, "Voorleesochtend");
    const empty = await leader.post(`${path}/message`, { body: "Tot dan" });
    expect(empty.status).toBe(409);
    expect((await parent.post(`${path}/signup`)).status).toBe(303);
    // A parent who signed up and then left the school is not written to.
    const leaver = await addParent(ctx, school, "A");
    expect(
      await signUpForTask({
        db: ctx.database.db,
        orgId: school.orgId,
        userId: leaver.id,
        taskId: path.split("/").pop()!,
      }),
    ).toMatchObject({ ok: true });
    await removeParent(ctx, school, leaver.id);
    const page = await (await leader.get(path)).text();
    expect(page).toContain("Ouder");
    expect((await leader.post(`${path}/message`, { body: "" })).status).toBe(422);
    expect((await leader.post(`${path}/message`, { body: "Neem een boek mee" })).status).toBe(303);
    const mail = await lastMailTo(ctx, school.parent.email);
    expect(mail?.subject).toBe("Over Voorleesochtend");
    expect(mail?.text).toContain("Neem een boek mee");
    expect(await lastMailTo(ctx, leaver.email)).toBeNull();
    const home = await (await parent.get("/home")).text();
    expect(home).toContain("U helpt mee: Voorleesochtend");
  });

  it("reminds those signed up the day before, once", async () => {
    const path = await postTask(3, 1, "Fruit snijden");
    expect((await parent.post(`${path}/signup`)).status).toBe(303);
    const deps = depsOf(ctx);
    await sendEventReminders(deps);
    await sendEventReminders(deps);
    const mails = await ctx.database.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.to, school.parent.email), eq(outbox.subject, "Morgen: Fruit snijden")));
    expect(mails).toHaveLength(1);
  });

  it("puts a parent's tasks in their calendar and private feed, not the waiting list's nor others' tasks", async () => {
    const path = await postTask(1, 8, "Bibliotheek kaften");
    const date = inDays(8);
    const month = `${date.slice(6, 10)}-${date.slice(3, 5)}`;
    expect((await parent.post(`${path}/signup`)).status).toBe(303);
    const waiting = await signIn(ctx, (await addParent(ctx, school, "A")).email);
    expect((await waiting.post(`${path}/signup`)).status).toBe(303);
    const mine = await (await parent.get(`/calendar?month=${month}`)).text();
    expect(mine).toContain("Bibliotheek kaften");
    expect(mine).toContain("U helpt mee");
    expect(await (await waiting.get(`/calendar?month=${month}`)).text()).not.toContain("Bibliotheek kaften");
    expect(await (await leader.get(`/calendar?month=${month}`)).text()).not.toContain("Bibliotheek kaften");
    const page = await (await parent.post("/calendar/subscribe")).text();
    const url = /value="(https?:\/\/[^"]+\/calendar\/feed\/[^"]+\.ics)"/.exec(page)![1]!;
    // Unfolded: iCalendar folds lines longer than 75 octets.
    const ics = (await (await ctx.app.request(new URL(url).pathname)).text()).replace(/\r\n[ \t]/g, "");
    expect(ics).toContain("SUMMARY:Bibliotheek kaften");
    expect(ics).toContain(`URL:http://localhost:3000${path}`);
  });
});
