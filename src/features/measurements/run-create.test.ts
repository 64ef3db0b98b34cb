import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { signIn, useTestContext, leaderSignedIn } from "../../../tests/helpers/app.js";
import { createSchool } from "../../../tests/helpers/factories.js";
import { withOrg } from "../../db/client.js";
import { auditLog, measurementAudiences, measurementExtraItems, measurements } from "../../db/schema/index.js";
import { CLOSE_JOB, INVITE_JOB, REMIND_JOB, VACUUM_JOB } from "./service/job-names.js";
import { runInvitations } from "./service/open.js";
import { createMeasurementAs, depsOf, inDays, today } from "./testing.js";

const ctx = useTestContext();

const inOrg = <T>(orgId: string, fn: Parameters<typeof withOrg<T>>[2]) =>
  withOrg(ctx.database.db, { orgId, userId: null }, fn);

const auditOf = (orgId: string, id: string) =>
  inOrg(orgId, (tx) =>
    tx
      .select({ action: auditLog.action, userId: auditLog.userId, detail: auditLog.detail })
      .from(auditLog)
      .where(and(eq(auditLog.entity, "measurement"), eq(auditLog.entityId, id)))
      .orderBy(auditLog.at, auditLog.id),
  );

describe("a measurement with the school's own items and young children", () => {
  it("stores own items and a young-children audience with an open link, and queues the reminder", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    const form = await (await leader.get("/organisation/measurements/new")).text();
    expect(form).toContain("Jonge kinderen van deze groepen");
    expect(form).toContain("Eigen vragen (niet verplicht)");

    const id = await createMeasurementAs(leader, {
      parents: school.groupA.id,
      young: school.groupB.id,
      "extra-1-group": "parents",
      "extra-1-domain": "information",
      "extra-1-nl": "De nieuwsbrief komt op tijd.",
      "extra-1-en": "The newsletter arrives on time.",
      "extra-2-group": "team",
      "extra-2-domain": "vision",
      "extra-2-nl": "We bespreken samenwerking in elke teamvergadering.",
    });
    const stored = await inOrg(school.orgId, async (tx) => ({
      audiences: await tx.select().from(measurementAudiences).where(eq(measurementAudiences.measurementId, id)),
      extras: await tx.select().from(measurementExtraItems).where(eq(measurementExtraItems.measurementId, id)),
    }));
    expect(stored.audiences.find((a) => a.respondentGroup === "young")).toMatchObject({ groupId: school.groupB.id });
    expect(stored.audiences.find((a) => a.respondentGroup === "young")?.openToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(stored.extras.map((e) => [e.itemId, e.respondentGroup, e.domain, e.text])).toEqual([
      [
        "extra.1",
        "parents",
        "information",
        { nl: "De nieuwsbrief komt op tijd.", en: "The newsletter arrives on time." },
      ],
      ["extra.2", "team", "vision", { nl: "We bespreken samenwerking in elke teamvergadering." }],
    ]);

    const detail = await (await leader.get(`/organisation/measurements/${id}`)).text();
    expect(detail).toContain(`Kinderen van ${school.groupB.name}`);
    const jobs = ctx.jobs.filter((j) => (j.data as { measurementId: string }).measurementId === id);
    expect(jobs.map((j) => j.name)).toEqual([INVITE_JOB, REMIND_JOB, CLOSE_JOB]);
    const [measurement] = await inOrg(school.orgId, (tx) =>
      tx.select().from(measurements).where(eq(measurements.id, id)),
    );
    const remindAt = jobs[1]!.startAfter!.getTime();
    expect(measurement!.closesAt.getTime() - remindAt).toBe(3 * 24 * 3600 * 1000);
  });

  it("refuses own items that are incomplete or for a group that is not asked, and stores nothing", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    const base = { title: "X", kind: "baseline", opensOn: today(), closesOn: inDays(7), team: "on" };
    const cases: [Record<string, string>, string][] = [
      [
        { "extra-1-group": "team", "extra-1-domain": "vision", "extra-1-en": "Only English" },
        "Schrijf de stelling in het Nederlands.",
      ],
      [{ "extra-1-group": "team", "extra-1-nl": "Zonder onderwerp" }, "Kies bij welk onderwerp de eigen vraag hoort."],
      [
        { "extra-1-group": "parents", "extra-1-domain": "vision", "extra-1-nl": "Niemand" },
        "Kies een groep die deze meting invult.",
      ],
      [{ "extra-1-group": "admins", "extra-1-domain": "vision", "extra-1-nl": "Vals" }, "Deze waarde klopt niet."],
      [
        { "extra-1-group": "team", "extra-1-domain": "vision", "extra-1-nl": "x".repeat(301) },
        'href="#field-extra-1-nl"',
      ],
    ];
    for (const [extra, message] of cases) {
      const response = await leader.post("/organisation/measurements", { ...base, ...extra });
      expect(response.status, message).toBe(422);
      expect(await response.text(), message).toContain(message);
    }
    expect(await inOrg(school.orgId, (tx) => tx.select().from(measurements))).toEqual([]);
  });
});

describe("the audit trail of a measurement", () => {
  it("records creating, opening, closing and deleting, with the person who did it", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    const later = await createMeasurementAs(leader, { opensOn: inDays(2), closesOn: inDays(9) });
    await runInvitations(
      depsOf(ctx),
      { orgId: school.orgId, measurementId: later },
      new Date(Date.now() + 3 * 24 * 3600 * 1000),
    );
    expect((await auditOf(school.orgId, later)).map((e) => [e.action, e.userId])).toEqual([
      ["create", school.leader.id],
      ["open", null],
    ]);

    const id = await createMeasurementAs(leader);
    expect((await leader.post(`/organisation/measurements/${id}/close`)).status).toBe(303);
    expect(
      ctx.jobs.filter((j) => j.name === VACUUM_JOB).map((j) => (j.data as { measurementId: string }).measurementId),
    ).toContain(id);
    const confirm = await leader.get(`/organisation/measurements/${id}/delete`);
    expect(await confirm.text()).toContain("“Nulmeting 2026” verwijderen?");
    const deleted = await leader.post(`/organisation/measurements/${id}/delete`);
    expect(deleted.headers.get("location")).toBe("/organisation/measurements");
    expect(await inOrg(school.orgId, (tx) => tx.select().from(measurements).where(eq(measurements.id, id)))).toEqual(
      [],
    );
    expect((await auditOf(school.orgId, id)).map((e) => [e.action, e.userId])).toEqual([
      ["create", school.leader.id],
      ["open", school.leader.id],
      ["close", school.leader.id],
      ["delete", school.leader.id],
    ]);
    expect((await leader.get(`/organisation/measurements/${id}`)).status).toBe(404);
  });

  it("lets no teacher, parent or other school delete, remind or print", async () => {
    const school = await createSchool(ctx.database.db);
    const id = await createMeasurementAs(await signIn(ctx, school.leader.email));
    const stranger = await signIn(ctx, (await createSchool(ctx.database.db)).leader.email);
    for (const path of ["print", "remind", "delete"]) {
      expect((await stranger.get(`/organisation/measurements/${id}/${path}`)).status).toBe(404);
    }
    expect((await stranger.post(`/organisation/measurements/${id}/delete`)).status).toBe(404);
    expect((await stranger.post(`/organisation/measurements/${id}/remind`, { round: "0" })).status).toBe(404);
    const teacher = await signIn(ctx, school.teacher.email);
    expect((await teacher.post(`/organisation/measurements/${id}/delete`)).status).toBe(403);
    expect((await teacher.get(`/organisation/measurements/${id}/print`)).status).toBe(403);
    expect(await inOrg(school.orgId, (tx) => tx.select().from(measurements))).toHaveLength(1);
  });
});
