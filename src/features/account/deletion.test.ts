/**
 * Deleting one's own account (/account/delete): a parent deletes themselves through the pages and
 * can no longer sign in, their own rows are gone and the school's register keeps its guardian
 * record, unlinked; another parent's rows and export are untouched. The last school leader and a
 * platform administrator are refused, a teacher is not.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestContext, signIn, TestClient, type TestContext } from "../../../tests/helpers/app.js";
import { createSchool } from "../../../tests/helpers/factories.js";
import { createDaycare, expectChildcareWords } from "../../../tests/helpers/wording.js";
import type { School } from "../../../tests/helpers/isolation.js";
import { orgRows } from "../../../tests/helpers/org-rows.js";
import { groupStaff, guardians, ideas, memberships, platformAuditLog, sessions, users } from "../../db/schema/index.js";
import { addParentOfB, postIdeaAs, startTrajectory } from "../ideas/testing/fixtures.js";

let ctx: TestContext;
let school: School;
let parent: TestClient;
let other: TestClient;
let otherId: string;

const userRow = async (id: string) => (await ctx.database.db.select().from(users).where(eq(users.id, id)))[0];

beforeAll(async () => {
  ctx = await createTestContext();
  school = await createSchool(ctx.database.db);
  await startTrajectory(ctx, school);
  const second = await addParentOfB(ctx, school);
  otherId = second.id;
  parent = await signIn(ctx, school.parent.email);
  other = await signIn(ctx, second.email);
  await postIdeaAs(parent, { body: "Idee van de ouder die vertrekt" });
  await postIdeaAs(other, { body: "Idee van de ouder die blijft" });
});

afterAll(() => ctx.close());

describe("deleting one's own account", () => {
  it("is offered on the account page and says what is deleted and what stays", async () => {
    expect(await (await parent.get("/account")).text()).toContain('href="/account/delete"');
    const page = await (await parent.get("/account/delete")).text();
    expect(page).toContain("Wat wordt verwijderd");
    expect(page).toContain("leerlingenadministratie");
    expect(page).toContain("anoniem");
    expect(page).toContain('name="email"');
  });

  it("offers the download of one's data on the page itself, in Dutch and English", async () => {
    const other = await createSchool(ctx.database.db);
    const teacher = await signIn(ctx, other.teacher.email);
    for (const [locale, words] of [
      ["nl", "Download mijn gegevens"],
      ["en", "Download my data"],
    ] as const) {
      await teacher.post("/language", { locale });
      const page = await (await teacher.get("/account/delete")).text();
      expect(page).toMatch(new RegExp(`<a href="/account/export.json" download="">${words}`));
      expect(page).not.toMatch(/hierboven|above/);
    }
  });

  it("tells a teacher what happens to their conversations, in Dutch and English; a parent reads nothing of it", async () => {
    const other = await createSchool(ctx.database.db);
    const teacher = await signIn(ctx, other.teacher.email);
    expect(await (await teacher.get("/account/delete")).text()).toContain(
      "Uw gesprekstijden blijven staan: de school draagt ze over aan een andere leraar, en ouders met een geboekt gesprek krijgen bericht.",
    );
    await teacher.post("/language", { locale: "en" });
    expect(await (await teacher.get("/account/delete")).text()).toContain(
      "Your conversation times stay: the school hands them over to another teacher, and parents with a booked conversation are told.",
    );
    expect(await (await parent.get("/account/delete")).text()).not.toContain("gesprekstijden");
  });

  it("needs the person's own address typed and the form's CSRF token", async () => {
    expect((await parent.post("/account/delete", { email: "iemand@example.nl" })).status).toBe(422);
    expect((await parent.post("/account/delete", { email: school.parent.email }, { csrf: null })).status).toBe(403);
    expect(await userRow(school.parent.id)).toBeDefined();
  });

  it("deletes the parent's account and own rows, keeps the register's record, and signs them out", async () => {
    const response = await parent.post("/account/delete", { email: school.parent.email.toUpperCase() });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/account-deleted");
    expect(await (await parent.get("/account-deleted")).text()).toContain("Uw account is verwijderd");

    expect(await userRow(school.parent.id)).toBeUndefined();
    expect(await ctx.database.db.select().from(sessions).where(eq(sessions.userId, school.parent.id))).toEqual([]);
    const left = await orgRows(ctx.database.db, ideas, school.orgId);
    expect(left.map((idea) => idea.body)).toEqual(["Idee van de ouder die blijft"]);
    const record = (await orgRows(ctx.database.db, guardians, school.orgId)).find((g) => g.id === school.guardian.id);
    expect(record?.userId).toBeNull();

    expect((await parent.get("/account")).status).toBe(303);
    await expect(signIn(ctx, school.parent.email)).rejects.toThrow();
  });

  it("records that an account was deleted, without saying whose", async () => {
    const entries = await ctx.database.db.select().from(platformAuditLog).where(eq(platformAuditLog.entity, "account"));
    expect(entries).toEqual([expect.objectContaining({ userId: null, entityId: null, detail: "by_person" })]);
  });

  it("leaves the other parent signed in with their data and export", async () => {
    expect(await userRow(otherId)).toBeDefined();
    const exported = await other.get("/account/export.json");
    expect(exported.status).toBe(200);
    expect(await exported.text()).toContain("Idee van de ouder die blijft");
  });

  it("refuses the last school leader, who must hand over first", async () => {
    const leader = await signIn(ctx, school.leader.email);
    expect(await (await leader.get("/account/delete")).text()).toContain("enige schoolleider");
    const response = await leader.post("/account/delete", { email: school.leader.email });
    expect(response.status).toBe(422);
    expect(await response.text()).toContain(school.org.name);
    expect(await userRow(school.leader.id)).toBeDefined();
  });

  it("speaks of the daycare's manager and what stays with the setting, in a daycare's words", async () => {
    const daycare = await createDaycare(ctx.database.db);
    const manager = await signIn(ctx, daycare.leader.email);
    await expectChildcareWords([
      {
        who: manager,
        path: "/account/delete",
        nl: [
          `U bent de enige leidinggevende van ${daycare.org.name}.`,
          "Wat bij de opvang blijft, en waarom",
          "De administratie van de opvang",
        ],
        en: [`You are the only manager of ${daycare.org.name}.`, "What stays with the setting, and why"],
      },
    ]);
  });

  it("refuses a platform administrator", async () => {
    const other = await createSchool(ctx.database.db);
    await ctx.database.db.update(users).set({ isPlatformAdmin: true }).where(eq(users.id, other.teacher.id));
    const admin = await signIn(ctx, other.teacher.email);
    const response = await admin.post("/account/delete", { email: other.teacher.email });
    expect(response.status).toBe(422);
    expect(await response.text()).toContain("beheert het platform");
    expect(await userRow(other.teacher.id)).toBeDefined();
  });

  it("lets a teacher delete themselves: their role and groups go, the school stays", async () => {
    const teacher = await signIn(ctx, school.teacher.email);
    expect((await teacher.post("/account/delete", { email: school.teacher.email })).status).toBe(303);
    expect(await userRow(school.teacher.id)).toBeUndefined();
    const roles = await orgRows(ctx.database.db, memberships, school.orgId);
    expect(roles.map((m) => m.userId)).toEqual([school.leader.id]);
    expect(await orgRows(ctx.database.db, groupStaff, school.orgId)).toEqual([]);
  });
});
