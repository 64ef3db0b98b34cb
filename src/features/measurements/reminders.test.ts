import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { signIn, TestClient, useTestContext, leaderSignedIn } from "../../../tests/helpers/app.js";
import { createSchool } from "../../../tests/helpers/factories.js";
import { withOrg } from "../../db/client.js";
import { auditLog, measurementInvitations, outbox } from "../../db/schema/index.js";
import { REMIND_JOB } from "./service/job-names.js";
import { runReminders, type ReminderJob } from "./service/reminders.js";
import { createMeasurementAs, depsOf, questionnaireLink, runQueuedInvitations } from "./testing.js";

const ctx = useTestContext();

const reminders = async (to: string) =>
  (await ctx.database.db.select().from(outbox).where(eq(outbox.to, to))).filter((m) =>
    /^(Herinnering|Reminder):/.test(m.subject),
  );

/** A measurement for the team and the parents of group A, invited; the teacher has answered. */
async function halfAnswered() {
  const { school, leader } = await leaderSignedIn(ctx);
  const id = await createMeasurementAs(leader, { parents: school.groupA.id });
  await runQueuedInvitations(ctx, id);
  const teacher = new TestClient(ctx.app);
  const link = await questionnaireLink(ctx, school.teacher.email);
  await teacher.post(`${link}/1`, { "current:team.vision.1": "4", go: "next" });
  expect((await teacher.post(`${link}/send`)).status).toBe(303);
  return { school, leader, id, job: { orgId: school.orgId, measurementId: id } };
}

describe("reminders", () => {
  it("asks how many first, then mails only those who have not answered, with their same link, once", async () => {
    const { school, leader, id, job } = await halfAnswered();
    const parentLink = await questionnaireLink(ctx, school.parent.email);
    const detail = await (await leader.get(`/organisation/measurements/${id}`)).text();
    expect(detail).toContain("Nog niet gereageerd: 2.");

    const confirm = await leader.get(`/organisation/measurements/${id}/remind`);
    const html = await confirm.text();
    expect(html).toContain("De herinnering gaat naar 2 mensen die nog niet hebben gereageerd.");
    expect(html).not.toContain(school.parent.email);
    expect(html).toContain('name="round" value="0"');

    const sent = await leader.post(`/organisation/measurements/${id}/remind`, { round: "0" });
    expect(sent.status).toBe(303);
    const queued = ctx.jobs.filter((j) => j.name === REMIND_JOB && (j.data as ReminderJob).round === 1);
    expect(queued.map((j) => j.data)).toEqual([{ ...job, round: 1 }]);
    // The same confirmation sent again (a double click, the back button) starts no second round.
    const again = await leader.post(`/organisation/measurements/${id}/remind`, { round: "0" });
    expect(again.status).toBe(303);
    expect(ctx.jobs.filter((j) => j.name === REMIND_JOB && (j.data as ReminderJob).round === 2)).toEqual([]);
    expect(await (await leader.get(`/organisation/measurements/${id}`)).text()).toContain(
      "Deze herinnering was al verstuurd.",
    );

    const deps = depsOf(ctx);
    expect(await runReminders(deps, { ...job, round: 1 })).toBe(2);
    expect(await runReminders(deps, { ...job, round: 1 })).toBe(0);
    expect(await reminders(school.teacher.email)).toEqual([]);
    const [mail, ...more] = await reminders(school.parent.email);
    expect(more).toEqual([]);
    expect(mail?.subject).toMatch(/^Herinnering: /);
    expect(mail?.text).toContain(`http://localhost:3000${parentLink}`);
    // The same link still works and shows what was saved.
    expect((await new TestClient(ctx.app).get(parentLink)).status).toBe(200);

    const entries = await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
      tx
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entityId, id), eq(auditLog.action, "remind"))),
    );
    expect(entries).toMatchObject([{ userId: school.leader.id, detail: "round 1" }]);
  });

  it("sends the automatic reminder once, however often its job runs, in each invitee's language", async () => {
    const school = await createSchool(ctx.database.db);
    const parent = await signIn(ctx, school.parent.email);
    await parent.post("/language", { locale: "en", back: "/" });
    const leader = await signIn(ctx, school.leader.email);
    const id = await createMeasurementAs(leader, { team: "", parents: school.groupA.id });
    await runQueuedInvitations(ctx, id);
    const job = { orgId: school.orgId, measurementId: id };
    const deps = depsOf(ctx);
    const link = await questionnaireLink(ctx, school.parent.email);
    const counts = [await runReminders(deps, job), await runReminders(deps, job)];
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts[1]).toBe(0);
    const mails = await reminders(school.parent.email);
    expect(mails.map((m) => m.subject)).toEqual([expect.stringMatching(/^Reminder: /)]);
    expect(mails[0]?.text).toContain(`http://localhost:3000${link}`);
    // A later press of the button is a new round and does mail again.
    const form = await (await leader.get(`/organisation/measurements/${id}/remind`)).text();
    expect(form).toContain('name="round" value="1"');
  });

  it("sends nothing once the measurement is closed, and says there is no one to remind", async () => {
    const { school, leader, id, job } = await halfAnswered();
    expect((await leader.post(`/organisation/measurements/${id}/close`)).status).toBe(303);
    expect(await runReminders(depsOf(ctx), job)).toBe(0);
    expect((await leader.get(`/organisation/measurements/${id}/remind`)).status).toBe(409);
    const refused = await leader.post(`/organisation/measurements/${id}/remind`, { round: "0" });
    expect(refused.status).toBe(303);
    expect(await (await leader.get(`/organisation/measurements/${id}`)).text()).toContain("De meting is niet open.");
    expect(await reminders(school.parent.email)).toEqual([]);
    const invitations = await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
      tx.select({ sealed: measurementInvitations.sealedToken }).from(measurementInvitations),
    );
    expect(invitations.every((i) => i.sealed === null)).toBe(true);
  });
});
