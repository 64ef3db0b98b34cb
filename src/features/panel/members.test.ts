/**
 * The panel's opt-in and a member's own data: signing up with consent, confirming once, a second
 * registration, signing in by link, editing, downloading, leaving, and the 30-day cleanup.
 */
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { lastMailTo, TestClient, useTestContext } from "../../../tests/helpers/app.js";
import { unique } from "../../../tests/helpers/factories.js";
import { panelMembers, panelTokens } from "../../db/schema/index.js";
import { CONSENT_VERSION } from "./domain/profile.js";
import { deleteUnconfirmed } from "./service/members.js";
import { joinPanel, mailedPath, profileForm } from "./testing/fixtures.js";
import { expectConflict, expectRefused } from "../../../tests/helpers/refusal.js";

const ctx = useTestContext();
const memberRow = async (email: string) =>
  (await ctx.database.db.select().from(panelMembers).where(eq(panelMembers.email, email)))[0];

describe("signing up for the panel", () => {
  it("shows the consent text and refuses a sign-up without consent or with a bad profile, storing nothing", async () => {
    const client = new TestClient(ctx.app);
    const page = await (await client.get("/panel")).text();
    expect(page).toContain("Waar u mee instemt (versie 1)");
    expect(page).toContain("Stoppen: op de pagina Mijn gegevens");
    const email = `ouder-${unique()}@example.nl`;
    // The error summary names the field, a short name for its long label.
    await expectRefused(await client.post("/panel/aanmelden", { email, ...profileForm() }), [
      "Meedoen: geef aan dat u meedoet",
    ]);
    await expectRefused(
      await client.post("/panel/aanmelden", { email, consent: "yes", ...profileForm({ year1: "11" }) }),
      ["Vul een groep, leerjaar of leeftijd in"],
    );
    const noChild = await client.post("/panel/aanmelden", {
      email,
      consent: "yes",
      ...profileForm({ type1: "", year1: "" }),
    });
    expect(await noChild.text()).toContain("Vul minstens één kind in");
    const badProvince = await client.post("/panel/aanmelden", {
      email,
      consent: "yes",
      ...profileForm({ province: "atlantis" }),
    });
    expect(badProvince.status).toBe(422);
    const bot = await client.post("/panel/aanmelden", { email, consent: "yes", website: "x", ...profileForm() });
    expect(bot.status).toBe(422);
    await expectRefused(
      await new TestClient(ctx.app, { "accept-language": "en" }).post("/panel/aanmelden", {
        email: "not an address",
        consent: "yes",
        ...profileForm(),
      }),
      ["e-mail"],
    );
    expect(await memberRow(email)).toBeUndefined();
  });

  it("shows the English consent text in plain English, with the same meaning and so the same version", async () => {
    const page = await (await new TestClient(ctx.app, { "accept-language": "en" }).get("/panel")).text();
    expect(page).toContain("What you agree to (version 1)");
    expect(page).toContain(
      "Purpose: the National Parent Panel makes known what parents think of working together with school and childcare.",
    );
    expect(page).not.toContain("makes heard");
  });

  it("counts a sign-up only after confirmation, records the consent version, and uses a link once", async () => {
    const email = `ouder-${unique()}@example.nl`;
    const client = new TestClient(ctx.app);
    const sent = await client.post("/panel/aanmelden", {
      email,
      consent: "yes",
      ...profileForm({ type2: "secondary", year2: "2", council: "mr" }),
    });
    expect(await sent.text()).toContain("Kijk in uw e-mail");
    const pending = await memberRow(email);
    expect(pending?.confirmedAt).toBeNull();
    expect(pending?.consentVersion).toBe(CONSENT_VERSION);
    expect(pending?.children).toEqual([
      { schoolType: "primary", year: 5 },
      { schoolType: "secondary", year: 2 },
    ]);
    // The token is stored only as its hash.
    const link = await mailedPath(ctx, email, /http\S+\/panel\/bevestigen\/\S+/);
    // As delivered: a member has no account, so no link to the account's settings page.
    const delivered = await (await client.get(`/dev/outbox?to=${encodeURIComponent(email)}`)).text();
    expect(delivered).toContain("Dit bericht krijgt u altijd");
    expect(delivered).not.toContain("/account/notifications");
    const token = link.split("/").pop()!;
    const tokens = await ctx.database.db.select().from(panelTokens).where(eq(panelTokens.memberId, pending!.id));
    expect(tokens.map((row) => row.tokenHash)).not.toContain(token);
    // Unconfirmed: no member page.
    expect((await client.get("/panel/mijn-gegevens")).headers.get("location")).toBe("/panel/inloggen");
    // Opening the link (a mail scanner) uses nothing; the button does.
    expect((await client.get(link)).status).toBe(200);
    expect((await memberRow(email))?.confirmedAt).toBeNull();
    const confirmed = await client.post(link);
    expect(confirmed.headers.get("location")).toBe("/panel/mijn-gegevens");
    expect((await memberRow(email))?.confirmedAt).not.toBeNull();
    const again = await new TestClient(ctx.app).post(link);
    await expectConflict(again, ["Deze link is al gebruikt"]);
    const unknown = await new TestClient(ctx.app).post(`/panel/bevestigen/${"x".repeat(43)}`);
    expect(unknown.status).toBe(422);
    expect((await new TestClient(ctx.app).get("/panel/bevestigen/kort")).status).toBe(404);
  });

  it("refuses an expired link and deletes sign-ups never confirmed after 30 days, once", async () => {
    const email = `laat-${unique()}@example.nl`;
    await new TestClient(ctx.app).post("/panel/aanmelden", { email, consent: "yes", ...profileForm() });
    const link = await mailedPath(ctx, email, /http\S+\/panel\/bevestigen\/\S+/);
    const member = await memberRow(email);
    await ctx.database.db
      .update(panelTokens)
      .set({ expiresAt: sql`now() - interval '1 minute'` })
      .where(eq(panelTokens.memberId, member!.id));
    await expectRefused(await new TestClient(ctx.app).post(link), ["Deze link is verlopen"]);
    expect((await memberRow(email))?.confirmedAt).toBeNull();

    const recent = `recent-${unique()}@example.nl`;
    await new TestClient(ctx.app).post("/panel/aanmelden", { email: recent, consent: "yes", ...profileForm() });
    const confirmedOld = `bevestigd-${unique()}@example.nl`;
    await joinPanel(ctx, confirmedOld);
    await ctx.database.db
      .update(panelMembers)
      .set({ createdAt: sql`now() - interval '31 days'` })
      .where(sql`${panelMembers.email} in (${email}, ${confirmedOld})`);
    expect(await deleteUnconfirmed(ctx.database.db)).toBe(1);
    expect(await deleteUnconfirmed(ctx.database.db)).toBe(0);
    expect(await memberRow(email)).toBeUndefined();
    expect(await memberRow(recent)).toBeDefined();
    expect(await memberRow(confirmedOld)).toBeDefined();
  });

  it("changes nothing at a second registration and mails the member a sign-in link instead", async () => {
    const email = `tweede-${unique()}@example.nl`;
    await joinPanel(ctx, email);
    const before = await memberRow(email);
    const second = await new TestClient(ctx.app).post("/panel/aanmelden", {
      email: email.toUpperCase(),
      consent: "yes",
      ...profileForm({ province: "zeeland" }),
    });
    expect(await second.text()).toContain("Kijk in uw e-mail");
    const after = await memberRow(email);
    expect(after).toEqual(before);
    expect((await lastMailTo(ctx, email))?.subject).toBe("U bent al lid van het Landelijk Ouderpanel");
    const count = await ctx.database.db.$count(panelMembers, sql`lower(${panelMembers.email}) = lower(${email})`);
    expect(count).toBe(1);
  });
});

describe("a member's own data", () => {
  it("signs in by link, edits, downloads JSON and CSV, and sees no one else's data", async () => {
    const email = `lid-${unique()}@example.nl`;
    const other = `ander-${unique()}@example.nl`;
    await joinPanel(ctx, other, { province: "limburg" });
    const first = await joinPanel(ctx, email);
    await first.post("/panel/uitloggen");
    expect((await first.get("/panel/mijn-gegevens")).status).toBe(303);

    const client = new TestClient(ctx.app);
    expect(await (await client.post("/panel/inloggen", { email })).text()).toContain("staat er nu een link");
    const link = await mailedPath(ctx, email, /http\S+\/panel\/inloggen\/\S+/);
    expect((await client.post(link)).headers.get("location")).toBe("/panel/mijn-gegevens");
    const page = await (await client.get("/panel/mijn-gegevens")).text();
    expect(page).toContain(email);
    expect(page).not.toContain(other);

    const bad = await client.post("/panel/mijn-gegevens", { ...profileForm({ type1: "daycare", year1: "7" }) });
    expect(bad.status).toBe(422);
    const saved = await client.post("/panel/mijn-gegevens", {
      ...profileForm({ province: "groningen", type1: "daycare", year1: "3", language: "en" }),
    });
    expect(saved.status).toBe(303);
    const row = await memberRow(email);
    expect(row?.province).toBe("groningen");
    expect(row?.locale).toBe("en");
    expect(row?.children).toEqual([{ schoolType: "daycare", year: 3 }]);

    const json = await client.get("/panel/mijn-gegevens.json");
    expect(json.headers.get("content-disposition")).toContain("attachment");
    const data = (await json.json()) as { member: { email: string; province: string }; children: unknown[] };
    expect(data.member.email).toBe(email);
    expect(data.member.province).toBe("groningen");
    expect(data.children).toEqual([{ schoolType: "daycare", year: 3 }]);
    const csv = await (await client.get("/panel/mijn-gegevens.csv")).text();
    expect(csv).toContain(email);
    expect(csv).not.toContain(other);
    // Someone else's client reaches nothing.
    expect((await new TestClient(ctx.app).get("/panel/mijn-gegevens.json")).status).toBe(303);
  });

  it("downloads a CSV a parent reads: labels and values in their language, moments in local time", async () => {
    const email = `csv-${unique()}@example.nl`;
    const client = await joinPanel(ctx, email, {
      province: "groningen",
      type2: "secondary",
      year2: "2",
      council: "mr",
    });
    const row = await memberRow(email);
    await ctx.database.db
      .update(panelMembers)
      .set({ consentedAt: new Date("2026-12-07T01:34:46.071Z") })
      .where(eq(panelMembers.id, row!.id));
    const dutch = await (await client.get("/panel/mijn-gegevens.csv")).text();
    for (const line of [
      "Gegeven;Waarde",
      `E-mailadres;${email}`,
      "Provincie;Groningen",
      "Raad op school;Medezeggenschapsraad (MR)",
      "Taal van onze e-mails;Nederlands",
      '"Kind 1, soort school";Basisschool',
      '"Kind 1, groep, leerjaar of leeftijd";5',
      '"Kind 2, soort school";Voortgezet onderwijs',
      "Versie van de toestemming;1",
    ])
      expect(dutch).toContain(line);
    // 01:34 UTC is 02:34 in the Netherlands in December.
    expect(dutch).toContain('Toestemming gegeven op;"7 dec 2026, 02:34"');
    expect(dutch).toMatch(/Aanmelding bevestigd op;"\d{1,2} \w+ \d{4}, \d{2}:\d{2}"/);
    // No internal names, codes or machine timestamps.
    expect(dutch).not.toMatch(/province|schoolType|consentedAt|;groningen|;primary|;mr\b|T\d{2}:\d{2}:\d{2}/);

    const english = await (await client.get("/panel/mijn-gegevens.csv", { "accept-language": "en" })).text();
    for (const line of [
      "Item,Value",
      "Province,Groningen",
      '"Child 1, kind of school",Primary school',
      '"Child 2, kind of school",Secondary school',
      "Language of our e-mails,Dutch",
      'Consent given on,"7 Dec 2026, 02:34"',
    ])
      expect(english).toContain(line);
  });

  it("leaves in one step: the member and their links are deleted at once", async () => {
    const email = `weg-${unique()}@example.nl`;
    const client = await joinPanel(ctx, email);
    const member = await memberRow(email);
    const left = await client.post("/panel/stoppen");
    expect(left.headers.get("location")).toBe("/panel");
    expect(await memberRow(email)).toBeUndefined();
    expect(await ctx.database.db.$count(panelTokens, eq(panelTokens.memberId, member!.id))).toBe(0);
    expect((await client.get("/panel/mijn-gegevens")).status).toBe(303);
  });
});
