/**
 * Volunteer tasks: staff post one for some groups; a parent of such a group signs up until it is
 * full, the next is told it is full (409, nothing changed), a second sign-up is refused, a parent
 * of another group does not see it; the capacity holds when many sign up at once; staff see who
 * is coming and write to them; the parent's home page shows the task; the reminder the day before
 * goes once.
 */
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { lastMailTo, signIn, type TestClient, useTestContext } from "../../../tests/helpers/app.js";
import { createSchool } from "../../../tests/helpers/factories.js";
import type { School } from "../../../tests/helpers/isolation.js";
import { withOrg } from "../../db/client.js";
import { eventSignups, outbox, volunteerTasks } from "../../db/schema/index.js";
import { schoolDate } from "../../lib/time/school-date.js";
import { typedDate } from "../../lib/time/dutch-date.js";
import { sendEventReminders } from "../events/service/reminders.js";
import { depsOf } from "../measurements/testing.js";
import { signUpForTask } from "./service/tasks.js";
import { addParent } from "./testing/fixtures.js";

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
    const response = await leader.post("/network/tasks", {
      title: "",
      date: "31-02-2027",
      startsAt: "11:00",
      endsAt: "09:00",
      needed: "0",
      expected: "",
      place: "",
    });
    expect(response.status).toBe(422);
    const page = await response.text();
    for (const text of [
      "Schrijf wat de taak is.",
      "Geef een datum",
      "Geef een aantal van 1 tot 500.",
      "Kies een of meer groepen",
    ])
      expect(page).toContain(text);
    expect((await parent.post("/network/tasks", { title: "x" })).status).toBe(403);
  });

  it("a parent of a group asked signs up once; when full the next is told it is full", async () => {
    const path = await postTask(2);
    const page = await (await parent.get(path)).text();
    expect(page).toContain("Handschoenen mee");
    expect(page).toContain("Nog 2 plaatsen vrij");
    expect((await parent.post(`${path}/signup`)).status).toBe(303);
    const again = await parent.post(`${path}/signup`);
    expect(again.status).toBe(409);
    expect(await again.text()).toContain("U bent al aangemeld voor deze taak.");
    const second = await signIn(ctx, (await addParent(ctx, school, "A")).email);
    expect((await second.post(`${path}/signup`)).status).toBe(303);
    const third = await signIn(ctx, (await addParent(ctx, school, "A")).email);
    const full = await third.post(`${path}/signup`);
    expect(full.status).toBe(409);
    const text = await full.text();
    expect(text).toContain("Deze taak is vol.");
    expect(text).toContain("Vol: er is geen plaats meer");
    expect(await signupsOf(path)).toHaveLength(2);
    // A parent of another group does not see the task at all.
    expect((await groupB.get(path)).status).toBe(404);
    expect(await (await groupB.get("/network/tasks")).text()).not.toContain("Handschoenen");
    // Cancelling frees the place.
    expect((await parent.post(`${path}/signup/cancel`)).status).toBe(303);
    expect((await third.post(`${path}/signup`)).status).toBe(303);
  });

  it("never over-fills when many sign up in the same second", async () => {
    const path = await postTask(5);
    const taskId = path.split("/").pop()!;
    const parents = await Promise.all(Array.from({ length: 20 }, () => addParent(ctx, school, "A")));
    const outcomes = await Promise.all(
      parents.map((p) => signUpForTask({ db: ctx.database.db, orgId: school.orgId, userId: p.id, taskId })),
    );
    expect(outcomes.filter((o) => o.ok)).toHaveLength(5);
    expect(outcomes.filter((o) => !o.ok && o.reason === "full")).toHaveLength(15);
    expect(await signupsOf(path)).toHaveLength(5);
  });

  it("staff see who is coming and write to them; the parent sees the task on their home page", async () => {
    const path = await postTask(3, 6, "Voorleesochtend");
    const empty = await leader.post(`${path}/message`, { body: "Tot dan" });
    expect(empty.status).toBe(409);
    expect((await parent.post(`${path}/signup`)).status).toBe(303);
    const page = await (await leader.get(path)).text();
    expect(page).toContain("Ouder");
    expect((await leader.post(`${path}/message`, { body: "" })).status).toBe(422);
    expect((await leader.post(`${path}/message`, { body: "Neem een boek mee" })).status).toBe(303);
    const mail = await lastMailTo(ctx, school.parent.email);
    expect(mail?.subject).toBe("Over Voorleesochtend");
    expect(mail?.text).toContain("Neem een boek mee");
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
});
