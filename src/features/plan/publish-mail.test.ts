/**
 * Parents hear that the plan is published: the first publication mails every parent of the
 * school with a child there (in their language, with the link); publishing again mails only when
 * the leader ticks "tell parents", so small corrections reach no inbox.
 */
import { and, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, signIn, type TestClient, type TestContext } from "../../../tests/helpers/app.js";
import { createSchool } from "../../../tests/helpers/factories.js";
import type { School } from "../../../tests/helpers/isolation.js";
import { withOrg } from "../../db/client.js";
import { guardians, outbox, pupilGuardians, pupils, users } from "../../db/schema/index.js";
import { addParentOfB, startTrajectory } from "../ideas/testing/fixtures.js";
import { addActionAs } from "./testing/fixtures.js";
import { createDaycare, expectChildcareMail } from "../../../tests/helpers/wording.js";

let ctx: TestContext;
let school: School;
let leader: TestClient;
let english: { email: string };
let leftSchool: { email: string };

beforeAll(async () => {
  ctx = await createTestContext();
  school = await createSchool(ctx.database.db);
  await startTrajectory(ctx, school);
  english = await addParentOfB(ctx, school, "Parent Smith");
  await ctx.database.db.update(users).set({ locale: "en" }).where(eq(users.email, english.email));
  leader = await signIn(ctx, school.leader.email);
});
afterAll(() => ctx.close());

/** The plan's mails to an address, oldest first (sign-in mails left out). */
const planMailsTo = (to: string) =>
  ctx.database.db
    .select({ subject: outbox.subject, text: outbox.text })
    .from(outbox)
    .where(and(eq(outbox.to, to), like(outbox.text, "%/plan/for-parents%")))
    .orderBy(outbox.createdAt, outbox.id);

describe("mailing parents about the plan", () => {
  it("mails every parent with a child at the school on the first publication, in their language", async () => {
    // A parent whose only child has left the school hears nothing.
    leftSchool = await addParentOfB(ctx, school, "Oud-ouder");
    await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, async (tx) => {
      const [left] = await tx
        .insert(pupils)
        .values({ orgId: school.orgId, firstName: "Oud", surname: "Leerling", archivedAt: new Date() })
        .returning();
      const [guardian] = await tx.select().from(guardians).where(eq(guardians.email, leftSchool.email));
      await tx.delete(pupilGuardians).where(eq(pupilGuardians.guardianId, guardian!.id));
      await tx.insert(pupilGuardians).values({ orgId: school.orgId, pupilId: left!.id, guardianId: guardian!.id });
    });
    await addActionAs(ctx, school.orgId, leader, { title: "Koffieochtend" });
    const published = await leader.post("/plan/publish");
    expect(published.status).toBe(303);
    expect(await (await leader.get("/plan")).text()).toContain("Alle ouders krijgen een e-mail met de link.");

    const [dutch] = await planMailsTo(school.parent.email);
    expect(dutch?.subject).toBe(`Het Samen school-plan van ${school.org.name} staat klaar`);
    expect(dutch?.text).toContain("Beste Ouder,");
    expect(dutch?.text).toContain("http://localhost:3000/plan/for-parents");
    const [inEnglish] = await planMailsTo(english.email);
    expect(inEnglish?.subject).toBe(`The Samen school plan of ${school.org.name} is ready`);
    expect(inEnglish?.text).toContain("Dear Parent Smith,");
    expect(await planMailsTo(leftSchool.email)).toEqual([]);
    expect(await planMailsTo(school.teacher.email)).toEqual([]);
  });

  it("does not mail again for a new version unless the leader asks to", async () => {
    await addActionAs(ctx, school.orgId, leader, { title: "Typfout hersteld" });
    const page = await (await leader.get("/plan")).text();
    expect(page).toContain("Stuur ouders een e-mail dat er een nieuwe versie is");
    expect((await leader.post("/plan/publish")).status).toBe(303);
    expect(await planMailsTo(school.parent.email)).toHaveLength(1);

    await addActionAs(ctx, school.orgId, leader, { title: "Ouderpanel" });
    expect((await leader.post("/plan/publish", { tellParents: "on" })).status).toBe(303);
    const mails = await planMailsTo(school.parent.email);
    expect(mails).toHaveLength(2);
    expect(mails[1]?.subject).toBe(`Nieuwe versie van het Samen school-plan van ${school.org.name}`);
    expect(mails[1]?.text).toContain("versie 3");
    expect((await planMailsTo(english.email))[1]?.subject).toContain("A new version");
  });

  it("mails nobody when publishing is refused", async () => {
    const again = await leader.post("/plan/publish", { tellParents: "on" });
    expect(again.status).toBe(409);
    expect(await planMailsTo(school.parent.email)).toHaveLength(2);
  });
});

describe("in a daycare's words", () => {
  it("tells parents the setting and they made the plan, in Dutch and English", async () => {
    const daycare = await createDaycare(ctx.database.db);
    await startTrajectory(ctx, daycare);
    const englishParent = await addParentOfB(ctx, daycare, "Parent Jones");
    await ctx.database.db.update(users).set({ locale: "en" }).where(eq(users.email, englishParent.email));
    const manager = await signIn(ctx, daycare.leader.email);
    await addActionAs(ctx, daycare.orgId, manager, { title: "Koffieochtend" });
    expect((await manager.post("/plan/publish")).status).toBe(303);
    const [dutch] = await planMailsTo(daycare.parent.email);
    expectChildcareMail(dutch, ["De opvang en ouders hebben samen een plan gemaakt"]);
    const [english] = await planMailsTo(englishParent.email);
    expectChildcareMail(english, ["The setting and parents made a plan together"]);

    await addActionAs(ctx, daycare.orgId, manager, { title: "Ouderpanel" });
    expect((await manager.post("/plan/publish", { tellParents: "on" })).status).toBe(303);
    expectChildcareMail((await planMailsTo(daycare.parent.email))[1], [
      "Het plan van de opvang en ouders is bijgewerkt",
    ]);
  });
});
