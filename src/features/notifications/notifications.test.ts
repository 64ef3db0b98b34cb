import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, signIn, TestClient, type TestContext } from "../../../tests/helpers/app.js";
import { createSchool, createUser } from "../../../tests/helpers/factories.js";
import { withOrg } from "../../db/client.js";
import { guardians, memberships, pupilGuardians } from "../../db/schema/index.js";
import { saveSettings, settingsOf } from "../../notifications/settings.js";
import { unsubscribeToken } from "../../notifications/unsubscribe-token.js";
import { loggablePath } from "../../logger.js";
import { expectRefused } from "../../../tests/helpers/refusal.js";
import { expectPage } from "../../../tests/helpers/page.js";

let ctx: TestContext;

beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const deliveryOf = async (userId: string, kind: string) =>
  (await settingsOf(ctx.database.db, userId)).delivery.get(kind);
const linkFor = (userId: string, kind: string) =>
  `/unsubscribe/${unsubscribeToken(ctx.config.SECRET_KEY, { userId, kind })}`;

describe("the settings page", () => {
  it("shows a parent's kinds with their delivery, the urgent ones as always on, and saves a choice", async () => {
    const { parent: person } = await createSchool(ctx.database.db);
    const client = await signIn(ctx, person.email);
    const page = await (await client.get("/account/notifications")).text();
    expect(page).toContain("Bevestiging van een geboekt gesprek");
    expect(page).toContain("Altijd aan");
    expect(page).toMatch(/Altijd aan[\s\S]*Een gesprek dat verzet of afgezegd is/);
    expect(page).not.toContain('name="conversation.changed"');

    const form = { digestHour: "7", "conversation.booked": "digest", "event.reminder": "off" };
    const saved = await client.post("/account/notifications", form);
    expect(saved.status).toBe(303);
    const settings = await settingsOf(ctx.database.db, person.id);
    expect(settings.digestHour).toBe(7);
    expect(settings.delivery.get("conversation.booked")).toBe("digest");
    expect(settings.delivery.get("event.reminder")).toBe("off");
    expect(settings.delivery.get("measurement.invitation")).toBe("now");
  });

  it("shows a parent only the kinds a parent gets, and keeps the settings of the others untouched", async () => {
    const { parent } = await createSchool(ctx.database.db);
    await saveSettings(ctx.database.db, parent.id, { digestHour: 17, delivery: { "messages.fromParent": "digest" } });
    const client = await signIn(ctx, parent.email);
    const page = await expectPage(await client.get("/account/notifications"), [
      "Bevestiging van een geboekt gesprek",
      "Een bericht van school over uw kind",
    ]);
    expect(page).not.toContain("Nieuwe sparringaanvraag of bericht van een school (voor adviseurs)");
    expect(page).not.toContain("Een nieuw bericht van een ouder");
    expect(page).not.toContain("Waarschuwingen over de planning van het traject");
    expect(page).not.toContain('name="messages.fromParent"');

    await client.post("/account/notifications", { digestHour: "8", "messages.fromParent": "off" });
    expect(await deliveryOf(parent.id, "messages.fromParent")).toBe("digest");
  });

  it("shows staff their roles' kinds, and a parent's too where they are a parent, in every organisation", async () => {
    const school = await createSchool(ctx.database.db);
    const other = await createSchool(ctx.database.db);
    const { leader } = school;
    await withOrg(ctx.database.db, { orgId: other.orgId, userId: null }, async (tx) => {
      const [guardian] = await tx
        .insert(guardians)
        .values({ orgId: other.orgId, userId: leader.id, name: "Leider", email: leader.email })
        .returning();
      await tx.insert(pupilGuardians).values({ orgId: other.orgId, pupilId: other.other.id, guardianId: guardian!.id });
    });
    const leaderPage = await expectPage(await (await signIn(ctx, leader.email)).get("/account/notifications"), [
      "Waarschuwingen over de planning van het traject",
      "Een nieuw bericht van een ouder",
      "Bevestiging van een geboekt gesprek",
    ]);
    expect(leaderPage).not.toContain("Nieuwe sparringaanvraag of bericht van een school (voor adviseurs)");

    const advisor = await createUser(ctx.database.db);
    await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
      tx.insert(memberships).values({ orgId: school.orgId, userId: advisor.id, role: "advisor" }),
    );
    const advisorPage = await expectPage(await (await signIn(ctx, advisor.email)).get("/account/notifications"), [
      "Nieuwe sparringaanvraag of bericht van een school (voor adviseurs)",
      "Waarschuwingen over de planning van het traject",
    ]);
    expect(advisorPage).not.toContain("Bevestiging van een geboekt gesprek");
    expect(advisorPage).not.toContain("Een nieuw bericht van een ouder");
  });

  it("refuses bad input with a message and changes nothing; an urgent kind stays on whatever is sent", async () => {
    const { parent: person } = await createSchool(ctx.database.db);
    const client = await signIn(ctx, person.email);
    await expectRefused(
      await client.post("/account/notifications", { digestHour: "25", "conversation.booked": "sometimes" }),
      ["Kies een uur van 0 tot en met 23.", "Kies meteen, in het dagelijkse overzicht of niet."],
    );
    expect((await settingsOf(ctx.database.db, person.id)).digestHour).toBe(17);

    await client.post("/account/notifications", { digestHour: "8", "conversation.changed": "off" });
    expect(await deliveryOf(person.id, "conversation.changed")).toBe("now");
  });

  it("is only for someone signed in", async () => {
    const response = await new TestClient(ctx.app).get("/account/notifications");
    expect(response.status).toBe(303);
  });
});

describe("an unsubscribe link", () => {
  it("asks on GET without changing anything, and unsubscribes on the page's button, without sign-in", async () => {
    const person = await createUser(ctx.database.db);
    const visitor = new TestClient(ctx.app);
    const link = linkFor(person.id, "event.reminder");
    const page = await visitor.get(link);
    await expectPage(page, [
      "Wilt u geen e-mail meer krijgen over: herinnering aan een bijeenkomst",
      `action="${link}"`,
    ]);
    expect(await deliveryOf(person.id, "event.reminder")).toBe("now");

    const done = await visitor.send(link, { method: "POST" });
    await expectPage(done, ["U bent afgemeld"]);
    expect(await deliveryOf(person.id, "event.reminder")).toBe("off");
  });

  it("unsubscribes with a mail client's one-click POST (RFC 8058), with no confirmation step", async () => {
    const person = await createUser(ctx.database.db);
    const response = await new TestClient(ctx.app).send(linkFor(person.id, "conversation.booked"), {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    });
    expect(response.status).toBe(200);
    expect(await deliveryOf(person.id, "conversation.booked")).toBe("off");
  });

  it("of the digest switches off what the person gets in it", async () => {
    const { parent: person } = await createSchool(ctx.database.db);
    const client = await signIn(ctx, person.email);
    await client.post("/account/notifications", { digestHour: "8", "plan.published": "digest" });
    await new TestClient(ctx.app).send(linkFor(person.id, "digest"), { method: "POST" });
    expect(await deliveryOf(person.id, "plan.published")).toBe("off");
    expect(await deliveryOf(person.id, "conversation.booked")).toBe("now");
  });

  it("cannot switch off an urgent kind, and says where to manage settings", async () => {
    const person = await createUser(ctx.database.db);
    const response = await new TestClient(ctx.app).send(linkFor(person.id, "conversation.changed"), { method: "POST" });
    expect(await response.text()).toContain("Dit soort bericht kunt u niet uitzetten");
    expect(await deliveryOf(person.id, "conversation.changed")).toBe("now");
  });

  it("of one person cannot change another's settings, and an altered or made-up link changes nothing", async () => {
    const [mine, theirs] = [await createUser(ctx.database.db), await createUser(ctx.database.db)];
    const [payload, mac] = linkFor(mine.id, "event.reminder").split("/unsubscribe/")[1]!.split(".") as [string, string];
    const forged = Buffer.from(`${theirs.id}:event.reminder`).toString("base64url");
    for (const path of [`/unsubscribe/${forged}.${mac}`, `/unsubscribe/${payload}.x${mac}`, "/unsubscribe/nonsense"]) {
      const response = await new TestClient(ctx.app).send(path, { method: "POST" });
      expect(response.status).toBe(404);
      expect(await response.text()).toContain("Deze afmeldlink klopt niet");
    }
    expect(await deliveryOf(theirs.id, "event.reminder")).toBe("now");
    expect(await deliveryOf(mine.id, "event.reminder")).toBe("now");
  });

  it("stays out of the request log", () => {
    const link = linkFor("7d3c7d5e-58b8-4d5c-9a31-1b1f0f6d2a10", "event.reminder");
    expect(loggablePath(link)).toBe("/unsubscribe/:token.:token");
  });
});
