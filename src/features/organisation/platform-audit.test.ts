/**
 * The platform's audit trail: editors' decisions (stories and tips, FAQ and library items, panel
 * reports in the panel's own test, trainings in theirs) and the administrator's appointments,
 * each recorded with who and when, and read by the administrator only at /admin/audit.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { signIn, useTestContext } from "../../../tests/helpers/app.js";
import { createUser, unique } from "../../../tests/helpers/factories.js";
import { campaignStories, platformAuditLog } from "../../db/schema/index.js";
import { recordPlatformAudit, type PlatformAuditAction, type PlatformAuditEntity } from "../../audit/record.js";
import { questionForm } from "../advice/testing/fixtures.js";
import { visitor } from "../campaign/testing/fixtures.js";
import { expectPage } from "../../../tests/helpers/page.js";

const ctx = useTestContext();

async function storyId(title: string) {
  await visitor(ctx).post("/campagne/verhalen/nieuw", {
    kind: "tip",
    theme: "busy_parents",
    body: "Bel ouders ook eens als het goed gaat.",
    signedAs: "Een leraar",
    website: "",
    email: `schrijver-${unique()}@example.nl`,
    title,
  });
  const [row] = await ctx.database.db
    .select({ id: campaignStories.id })
    .from(campaignStories)
    .where(eq(campaignStories.title, title));
  return row!.id;
}

async function trailOf(entityId: string) {
  return ctx.database.db
    .select({ userId: platformAuditLog.userId, action: platformAuditLog.action, entity: platformAuditLog.entity })
    .from(platformAuditLog)
    .where(eq(platformAuditLog.entityId, entityId))
    .orderBy(platformAuditLog.at, platformAuditLog.id);
}

describe("the platform's audit trail", () => {
  it("records appointments and editors' decisions, which only the administrator reads", async () => {
    const adminUser = await createUser(ctx.database.db, { name: "Beheerder Bram", isPlatformAdmin: true });
    const admin = await signIn(ctx, adminUser.email);
    const person = await createUser(ctx.database.db, { name: "Redacteur Roos" });
    expect((await admin.post("/admin/editors", { email: person.email })).status).toBe(303);
    // Appointing again changes nothing and records nothing.
    expect((await admin.post("/admin/editors", { email: person.email })).status).toBe(303);
    expect(await trailOf(person.id)).toEqual([{ userId: adminUser.id, action: "appoint", entity: "platform_editor" }]);
    const editor = await signIn(ctx, person.email);

    const approved = await storyId(`Bellen als het goed gaat ${unique()}`);
    const declined = await storyId(`Niet te plaatsen ${unique()}`);
    expect((await editor.post(`/campagne/redactie/verhalen/${approved}/plaatsen`)).status).toBe(303);
    expect(
      (
        await editor.post(`/campagne/redactie/verhalen/${declined}/afwijzen`, {
          [`reason-${declined}`]: "Er staat een naam van een kind in.",
        })
      ).status,
    ).toBe(303);
    expect(await trailOf(approved)).toEqual([{ userId: person.id, action: "approve", entity: "campaign_story" }]);
    expect(await trailOf(declined)).toEqual([{ userId: person.id, action: "decline", entity: "campaign_story" }]);

    const slug = `audit-${unique()}`;
    expect((await editor.post("/advice/manage", questionForm(slug))).status).toBe(303);
    expect((await editor.post(`/advice/manage/${slug}`, questionForm(slug, { titleNl: "Gewijzigd" }))).status).toBe(
      303,
    );
    expect((await editor.post(`/advice/manage/${slug}/delete`)).status).toBe(303);
    const faq = await ctx.database.db
      .select({ action: platformAuditLog.action })
      .from(platformAuditLog)
      .where(eq(platformAuditLog.detail, "faq: Gewijzigd"));
    expect(faq.map((e) => e.action).sort()).toEqual(["delete", "update"]);

    expect((await admin.post(`/admin/editors/${person.id}/remove`)).status).toBe(303);
    expect((await trailOf(person.id)).map((e) => e.action)).toEqual(["appoint", "dismiss"]);

    const page = await admin.get("/admin/audit");
    await expectPage(page, [
      "Beheerder Bram",
      "Aangesteld · redacteur",
      "Redacteur Roos",
      "Afgewezen · verhaal of tip",
      "Verwijderd · vraag of gids",
    ]);
    expect((await editor.get("/admin/audit")).status).toBe(403);
    const other = await signIn(ctx, (await createUser(ctx.database.db, { isPlatformEditor: true })).email);
    expect((await other.get("/admin/audit")).status).toBe(403);
  });

  it("says what the entries are about in the administrator's language, not in codes", async () => {
    const adminUser = await createUser(ctx.database.db, { name: "Beheerder Bram", isPlatformAdmin: true });
    const admin = await signIn(ctx, adminUser.email);
    const title = `Ouders als partner ${unique()}`;
    const written: [PlatformAuditAction, PlatformAuditEntity, string][] = [
      ["update", "advice_item", `guide: ${title}`],
      ["update", "training_session", `${title}: 2027-03-09 19:30-21:30, 20`],
      ["delete", "training_session", `${title}: 2027-03-16T18:30:00.000Z, 1 told`],
      ["delete", "training", `${title}: 2 dates, 0 told`],
    ];
    for (const [action, entity, detail] of written)
      await recordPlatformAudit(ctx.database.db, { userId: adminUser.id, action, entity, detail });

    const dutch = await expectPage(await admin.get("/admin/audit"), [
      `Gids: ${title}`,
      `${title}: 9 maart 2027, 19:30–21:30, 20 plaatsen`,
      `${title}: dinsdag 16 maart 19:30; 1 persoon bericht gestuurd`,
      `${title}: 2 datums verwijderd; niemand bericht gestuurd`,
    ]);
    for (const code of ["guide:", " told", " dates", "T18:30"]) expect(dutch).not.toContain(code);

    await admin.post("/language", { locale: "en", back: "/admin/audit" });
    await expectPage(await admin.get("/admin/audit"), [
      `Guide: ${title}`,
      `${title}: 9 March 2027, 19:30–21:30, 20 places`,
      `${title}: Tuesday 16 March 19:30; 1 person told`,
      `${title}: 2 dates deleted; nobody told`,
    ]);
  });
});
