import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createTestContext, lastMailTo, signIn, TestClient, useTestContext } from "../../../tests/helpers/app.js";
import { createUser } from "../../../tests/helpers/factories.js";
import { campaignEndorsementRequests, campaignEndorsements, campaignNews } from "../../db/schema/index.js";
import { SEARCH_LIMIT } from "./routes/public.js";
import { SENDS_PER_ADDRESS, SENDS_PER_IP } from "./routes/visitor.js";
import { campaignCount } from "./service/counts.js";
import { endorse, endorseAndConfirm, mailedLinks, visitor } from "./testing/fixtures.js";
import { expectConflict, expectRefused } from "../../../tests/helpers/refusal.js";
import { expectConfirmationStep } from "../../../tests/helpers/confirm.js";
import { expectPage, tableOf } from "../../../tests/helpers/page.js";

const ctx = useTestContext();

let n = 0;
const address = () => `onderschrijver-${++n}-${Math.random().toString(36).slice(2, 8)}@example.nl`;

async function count() {
  return campaignCount(ctx.database.db);
}

async function campaignPage(): Promise<string> {
  return (await visitor(ctx).get("/campagne")).text();
}

describe("endorsing with a double opt-in", () => {
  it("counts nothing until the mailed link is confirmed, then counts it by role and province", async () => {
    const before = await count();
    const email = address();
    const client = visitor(ctx);
    const sent = await endorse(client, { email, role: "teacher", municipality: "groningen", name: "Jan Bakker" });
    await expectPage(sent, ["Kijk in uw mail"]);
    expect((await count()).total).toBe(before.total);
    const { confirm } = await mailedLinks(ctx, email);

    // Opening the link only asks; a mail scanner following it changes nothing.
    const asked = await client.get(confirm);
    expect(await asked.text()).toContain("Jan Bakker, bevestig");
    expect((await count()).total).toBe(before.total);

    const done = await client.post(confirm);
    expect(await done.text()).toContain("Uw steun is bevestigd");
    const after = await count();
    expect(after.total).toBe(before.total + 1);
    expect(after.byRole.teacher).toBe(before.byRole.teacher + 1);
    expect(after.byProvince.groningen).toBe(before.byProvince.groningen + 1);
    expect(await campaignPage()).toContain(
      after.total === 1
        ? "1 mens of organisatie onderschrijft de oproep."
        : `${after.total} mensen en organisaties onderschrijven de oproep.`,
    );
  });

  it("says clearly that a link was used already or has expired, and changes nothing", async () => {
    const email = address();
    const client = visitor(ctx);
    await endorse(client, { email });
    const { confirm } = await mailedLinks(ctx, email);
    await client.post(confirm);
    const total = (await count()).total;

    const again = await client.post(confirm);
    await expectConflict(again, ["Deze link is al gebruikt"]);
    expect((await client.get(confirm)).status).toBe(409);

    const late = address();
    await endorse(client, { email: late });
    const expired = await mailedLinks(ctx, late);
    await ctx.database.db.update(campaignEndorsementRequests).set({ expiresAt: sql`now() - interval '1 minute'` });
    const tooLate = await client.post(expired.confirm);
    await expectConflict(tooLate, ["Deze link is verlopen"]);
    const unknown = await client.post("/campagne/bevestigen/verzonnen-token");
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain("Deze bevestigingslink kennen we niet");
    expect((await count()).total).toBe(total);
  });

  it("updates the first endorsement when the same address endorses again, counting it once", async () => {
    const email = address();
    await endorseAndConfirm(ctx, { email, role: "parent", municipality: "Maastricht", name: "Eerste Naam" });
    const between = await count();
    await endorseAndConfirm(ctx, {
      email: email.toUpperCase(),
      role: "school_leader",
      municipality: "Zwolle",
      name: "Tweede Naam",
    });
    const after = await count();
    expect(after.total).toBe(between.total);
    expect(after.byRole.parent).toBe(between.byRole.parent - 1);
    expect(after.byRole.school_leader).toBe(between.byRole.school_leader + 1);
    expect(after.byProvince.limburg).toBe(between.byProvince.limburg - 1);
    expect(after.byProvince.overijssel).toBe(between.byProvince.overijssel + 1);
    const list = await (await visitor(ctx).get("/campagne/onderschrijvers?q=Naam")).text();
    expect(list).toContain("Tweede Naam");
    expect(list).not.toContain("Eerste Naam");
  });

  it("withdraws at once through the link in the mail: off the count and the list, the data deleted", async () => {
    const email = address();
    const { withdraw } = await endorseAndConfirm(ctx, { email, name: "Weg Straks", municipality: "Texel" });
    const before = await count();
    const client = visitor(ctx);
    expect(await (await client.get(withdraw)).text()).toContain("Wilt u uw steun voor de oproep intrekken?");
    const done = await client.post(withdraw);
    expect(await done.text()).toContain("Uw steun is ingetrokken");
    expect((await count()).total).toBe(before.total - 1);
    expect((await count()).byProvince["noord-holland"]).toBe(before.byProvince["noord-holland"] - 1);
    expect(await (await visitor(ctx).get("/campagne/onderschrijvers?q=Straks")).text()).not.toContain("Weg Straks");
    const again = await client.post(withdraw);
    await expectConflict(again, ["Er is geen steun (meer) van dit adres"]);
    const forged = await client.post(`${withdraw.slice(0, -3)}abc`);
    expect(await forged.text()).toContain("Deze link kennen we niet");
  });

  it("never shows or stores the address, and shows only those who chose to appear", async () => {
    const shown = address();
    const hidden = address();
    await endorseAndConfirm(ctx, { email: shown, name: "Zichtbare Ouder", organisation: "OBS De Linde" });
    await endorseAndConfirm(ctx, { email: hidden, name: "Stille Ouder", public: "no" });
    const list = await (await visitor(ctx).get("/campagne/onderschrijvers?q=Ouder")).text();
    expect(list).toContain("Zichtbare Ouder");
    expect(list).toContain("OBS De Linde");
    expect(list).not.toContain("Stille Ouder");
    expect(list).not.toContain(shown);
    const stored = JSON.stringify(await ctx.database.db.select().from(campaignEndorsements));
    expect(stored).not.toContain(shown);
    expect(stored).not.toContain(hidden);
  });

  it("refuses bad input with a clear message and changes nothing", async () => {
    const before = await count();
    const client = visitor(ctx);
    const email = address();
    const bad = await client.post("/campagne/onderschrijven", {
      role: "koning",
      name: "",
      municipality: "Atlantis",
      email: "geen-adres",
      public: "misschien",
    });
    await expectRefused(bad, [
      "Kies als wie u onderschrijft.",
      "Deze gemeente kennen we niet.",
      "Kies of uw naam op de lijst mag.",
    ]);
    expect(await lastMailTo(ctx, email)).toBeNull();
    expect((await count()).total).toBe(before.total);
  });

  it("keeps nothing from a robot that fills in the honeypot, and limits sends per address and per client", async () => {
    const client = visitor(ctx);
    const email = address();
    const trapped = await client.post("/campagne/onderschrijven", {
      role: "parent",
      name: "Robot",
      municipality: "Utrecht",
      email,
      public: "yes",
      website: "http://spam.example",
    });
    expect(trapped.status).toBe(200);
    expect(await lastMailTo(ctx, email)).toBeNull();

    const target = address();
    for (let i = 0; i < 3; i++) expect((await endorse(visitor(ctx), { email: target })).status).toBe(200);
    const limited = await endorse(visitor(ctx), { email: target });
    expect(limited.status).toBe(429);

    const busy = visitor(ctx);
    for (let i = 0; i < 10; i++) expect((await endorse(busy, { email: address() })).status).toBe(200);
    expect((await endorse(busy, { email: address() })).status).toBe(429);
  });

  it("counts a form refused for a typo against neither the address's nor the client's limit", async () => {
    const client = visitor(ctx);
    const email = address();
    for (let i = 0; i <= Math.max(SENDS_PER_ADDRESS, SENDS_PER_IP); i++)
      expect((await endorse(client, { email, municipality: `Utrech${"t".repeat(i + 2)}` })).status).toBe(422);
    expect((await endorse(client, { email })).status).toBe(200);
    await mailedLinks(ctx, email);
  });

  it("escapes what a visitor writes", async () => {
    await endorseAndConfirm(ctx, {
      email: address(),
      name: '<script>alert("x")</script>Kwaad',
      organisation: "<b>Org</b>",
    });
    const list = await (await visitor(ctx).get("/campagne/onderschrijvers?q=Kwaad")).text();
    expect(list).toContain("&lt;script&gt;");
    expect(list).not.toContain('<script>alert("x")');
    expect(list).not.toContain("<b>Org</b>");
  });
});

describe("searching the endorsers", () => {
  it("finds names without their accents and ignores punctuation in the search", async () => {
    await endorseAndConfirm(ctx, {
      email: address(),
      name: "Ayşe Yılmaz-Öztürk",
      organisation: "Basisschool De Çınar",
      municipality: "Deventer",
    });
    for (const q of ["Ayse", "AYŞE", "yilmaz", "Ozturk", "Yılmaz Öztürk", "ayse,", "cinar"]) {
      const list = await (await visitor(ctx).get(`/campagne/onderschrijvers?q=${encodeURIComponent(q)}`)).text();
      expect(list, q).toContain("Ayşe Yılmaz-Öztürk");
    }
    const other = await (await visitor(ctx).get("/campagne/onderschrijvers?q=Aysel")).text();
    expect(other).not.toContain("Ayşe Yılmaz-Öztürk");
  });
});

describe("the public pages", () => {
  it("send Cache-Control and an ETag, answer 304 when it matches, and set no cookie", async () => {
    const first = await visitor(ctx).get("/campagne");
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag");
    expect(etag).toBeTruthy();
    expect(first.headers.get("cache-control")).toContain("public");
    expect(first.headers.get("set-cookie")).toBeNull();
    const again = await visitor(ctx).get("/campagne", { "if-none-match": etag! });
    expect(again.status).toBe(304);
    await endorseAndConfirm(ctx, { email: address() });
    const changed = await visitor(ctx).get("/campagne", { "if-none-match": etag! });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
    const english = await visitor(ctx).get("/campagne", { "accept-language": "en" });
    expect(await english.text()).toContain("people and organisations endorse the call");
  });
});

describe("searching the public lists", () => {
  it("is limited per address, and one app's searches do not count against another's", async () => {
    // Two apps in one process, as test files sharing a worker are: the same address searches both.
    const other = await createTestContext();
    try {
      const ip = "198.51.100.23";
      const here = new TestClient(ctx.app, {}, ip);
      const there = new TestClient(other.app, {}, ip);
      for (let i = 0; i < SEARCH_LIMIT; i++)
        expect((await here.get(`/campagne/onderschrijvers?q=zoek${i}`)).status).toBe(200);
      const over = await here.get("/campagne/verhalen?q=zoekmeer");
      expect(over.status).toBe(429);
      expect(over.headers.get("retry-after")).toMatch(/^\d+$/);
      expect((await there.get("/campagne/onderschrijvers?q=zoek")).status).toBe(200);
      expect((await there.get("/campagne/verhalen?q=zoek")).status).toBe(200);
    } finally {
      await other.close();
    }
  });
});

describe("editors", () => {
  it("edit the campaign text and post news; others may not", async () => {
    const editor = await signIn(ctx, (await createUser(ctx.database.db, { isPlatformEditor: true })).email);
    expect((await editor.get("/campagne/redactie")).status).toBe(200);
    const saved = await editor.post("/campagne/redactie/tekst", {
      locale: "nl",
      "body-nl": "# Samen\n\nOnze **nieuwe** oproep <script>x</script>",
    });
    expect(saved.status).toBe(303);
    const posted = await editor.post("/campagne/redactie/nieuws", { title: "Eerste nieuws", body: "Het *begint*." });
    expect(posted.status).toBe(303);
    const page = await campaignPage();
    expect(page).toContain("Onze <strong>nieuwe</strong> oproep");
    expect(page).not.toContain("<script>x</script>");
    expect(page).toContain("Eerste nieuws");
    const empty = await editor.post("/campagne/redactie/nieuws", { title: "", body: "" });
    expect(empty.status).toBe(422);

    const parent = await signIn(ctx, (await createUser(ctx.database.db)).email);
    expect((await parent.get("/campagne/redactie")).status).toBe(403);
    expect((await parent.post("/campagne/redactie/nieuws", { title: "x", body: "y" })).status).toBe(403);
    expect((await visitor(ctx).get("/campagne/redactie")).status).toBe(303);
  });

  it("delete a news item only after confirming it, as every other deletion asks first", async () => {
    const editor = await signIn(ctx, (await createUser(ctx.database.db, { isPlatformEditor: true })).email);
    await editor.post("/campagne/redactie/nieuws", { title: "Bericht om te schrappen", body: "Weg ermee." });
    const [item] = await ctx.database.db
      .select({ id: campaignNews.id })
      .from(campaignNews)
      .where(eq(campaignNews.title, "Bericht om te schrappen"));
    const action = `/campagne/redactie/nieuws/${item!.id}/verwijderen`;
    await expectConfirmationStep(editor, "/campagne/redactie", action, ["Bericht om te schrappen"]);
    expect(await campaignPage()).toContain("Bericht om te schrappen");
    const confirmed = await editor.post(action);
    expect(confirmed.status).toBe(303);
    expect(await campaignPage()).not.toContain("Bericht om te schrappen");
    expect(await (await editor.get("/campagne/redactie")).text()).toContain("Het nieuwsbericht is verwijderd.");
  });

  it("see the posted news items' dates under a date heading, in Dutch and English", async () => {
    const editor = await signIn(ctx, (await createUser(ctx.database.db, { isPlatformEditor: true })).email);
    await editor.post("/campagne/redactie/nieuws", { title: "Bericht met datum", body: "Vandaag." });
    const table = tableOf(await (await editor.get("/campagne/redactie")).text(), "Geplaatste berichten");
    expect(table).toContain('<th scope="col">Geplaatst op</th>');
    expect(table).not.toContain(">Nieuws<");
    const english = await (await editor.get("/campagne/redactie", { "accept-language": "en" })).text();
    expect(tableOf(english, "Posted items")).toContain('<th scope="col">Posted on</th>');
  });

  it("are appointed and removed by the platform administrator only", async () => {
    const admin = await signIn(ctx, (await createUser(ctx.database.db, { isPlatformAdmin: true })).email);
    const person = await createUser(ctx.database.db, { name: "Nieuwe Redacteur" });
    // The administrator finds the page from the header; an editor is given no link to it.
    expect(await (await admin.get("/home")).text()).toContain('href="/admin/editors"');
    const appointed = await admin.post("/admin/editors", { email: person.email.toUpperCase() });
    expect(appointed.status).toBe(303);
    expect(await (await admin.get("/admin/editors")).text()).toContain("Nieuwe Redacteur");
    const asEditor = await signIn(ctx, person.email);
    expect((await asEditor.get("/campagne/redactie")).status).toBe(200);
    expect((await asEditor.get("/admin/editors")).status).toBe(403);
    expect(await (await asEditor.get("/home")).text()).not.toContain('href="/admin/editors"');
    const unknown = await admin.post("/admin/editors", { email: "niemand@example.nl" });
    await expectRefused(unknown, ["Er is geen account met dit e-mailadres."]);
    expect((await admin.post(`/admin/editors/${person.id}/remove`)).status).toBe(303);
    expect((await asEditor.get("/campagne/redactie")).status).toBe(403);
  });
});
