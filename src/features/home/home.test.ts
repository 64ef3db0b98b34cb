import { beforeAll, describe, expect, it } from "vitest";
import { signIn, TestClient, useTestContext } from "../../../tests/helpers/app.js";
import { DEMO_ACCOUNTS, loadDemo } from "../../demo/load-demo.js";
import { createMeasurementAs, runQueuedInvitations } from "../measurements/testing.js";

const ctx = useTestContext();
beforeAll(async () => {
  await loadDemo(ctx.database.db);
});

/** The card of one child on the home page: from its name to the next card. */
const cardOf = (html: string, name: string) => html.split(`<h3>${name}`)[1]?.split('<li class="card">')[0] ?? "";

describe("the home page", () => {
  it("tells a parent per child what needs them now and what is planned, from every feature, and a teacher theirs", async () => {
    const leader = await signIn(ctx, DEMO_ACCOUNTS.leader);
    const form = await (await leader.get("/organisation/measurements/new")).text();
    const groups = [...form.matchAll(/name="parents" value="([0-9a-f-]{36})"/g)].map((m) => m[1]!);
    const id = await createMeasurementAs(leader, { parents: groups });
    await runQueuedInvitations(ctx, id);

    const parent = await signIn(ctx, DEMO_ACCOUNTS.parent);
    const home = await (await parent.get("/home")).text();
    expect(home).not.toContain("Uw rollen hier");
    expect(home).toContain("Wacht op u");
    const answer = home.match(/<a href="(\/m\/[A-Za-z0-9_-]{43})">Vul de vragenlijst Nulmeting 2026 in/)?.[1];
    expect(answer).toBeDefined();
    expect((await new TestClient(ctx.app).get(answer!)).status).toBe(200);
    for (const child of ["Sem Jansen", "Lotte Jansen"])
      expect(cardOf(home, child)).toContain("Kies een tijd voor Driehoeksgesprekken najaar");

    const overview = await (await parent.get("/conversations")).text();
    const book = overview.match(/href="(\/conversations\/rounds\/[0-9a-f-]{36}\/book)"/)![1]!;
    const combination = (await (await parent.get(book)).text()).match(/name="combination" value="([^"]+)"/)![1]!;
    expect((await parent.post(book.replace(/\/book$/, "/book-together"), { combination })).status).toBe(303);

    const after = await (await parent.get("/home")).text();
    for (const child of ["Sem Jansen", "Lotte Jansen"]) {
      const card = cardOf(after, child);
      expect(card).toContain("Binnenkort");
      expect(card).toMatch(/Gesprek \w+ \d+ \w+ \d\d:\d\d–\d\d:\d\d met /);
      expect(card).not.toContain("Kies een tijd");
    }

    const teacher = await signIn(ctx, DEMO_ACCOUNTS.teacher7);
    const teachersHome = await (await teacher.get("/home")).text();
    expect(teachersHome).toMatch(/Uw gesprekken in Driehoeksgesprekken najaar: \d+ gepland, het eerste /);
  });

  it("does not send the platform's editor to a school to be invited", async () => {
    const editor = await signIn(ctx, DEMO_ACCOUNTS.editor);
    const home = await (await editor.get("/home")).text();
    expect(home).not.toContain("Vraag de school om u uit te nodigen");
    expect(home).toContain("U werkt voor heel Samen, niet voor één school");
  });

  it("says a parent is at the other organisation after switching, not working in it", async () => {
    // The group 7 teacher is a parent at the demo's daycare.
    const person = await signIn(ctx, DEMO_ACCOUNTS.teacher7);
    const home = await (await person.get("/home")).text();
    expect(home).toContain("U werkt nu in Basisschool De Regenboog.");
    const daycareId = home.match(/<option value="([0-9a-f-]{36})"[^>]*>Kinderdagverblijf Het Zonnetje</)?.[1];
    const switched = await person.post("/home/organisation", { orgId: daycareId! });
    const asParent = await (await person.get(switched.headers.get("location")!)).text();
    expect(asParent).toContain("U bent nu bij een andere organisatie.");
    expect(asParent).toContain("U bent nu bij Kinderdagverblijf Het Zonnetje.");
    expect(asParent).not.toContain("U werkt nu in");
  });
});

describe("the landing page", () => {
  it("leads a visitor to every page open to everyone, each of which answers without signing in", async () => {
    const visitor = new TestClient(ctx.app);
    const landing = await (await visitor.get("/")).text();
    const links = [...landing.matchAll(/<h3><a href="([^"]+)">([^<]+)<\/a><\/h3>/g)].map((m) => [m[1]!, m[2]!]);
    expect(links.sort()).toEqual([
      ["/advice", "Advies en leren"],
      ["/campagne", "Samen zijn wij school"],
      ["/certificaten", "Gecertificeerde scholen"],
      ["/panel", "Landelijk Ouderpanel"],
      ["/trainings", "Trainingen"],
    ]);
    for (const [href] of links) expect((await visitor.get(href!)).status, href).toBe(200);
  });

  it("addresses the visitor as 'u', as the rest of Samen does", async () => {
    const landing = await (await new TestClient(ctx.app).get("/")).text();
    const words = landing.replace(/<[^>]*>/g, " ");
    expect(words).toContain("meten waar u staat");
    expect(words.match(/\b(?:je|jij|jou|jouw)\b/gi)).toBeNull();
  });
});
