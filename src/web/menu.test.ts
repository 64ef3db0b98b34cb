import { describe, expect, it } from "vitest";
import { signIn, useTestContext, type TestClient } from "../../tests/helpers/app.js";
import { createSchool, createUser } from "../../tests/helpers/factories.js";
import { createDaycare } from "../../tests/helpers/wording.js";

const ctx = useTestContext();

/** The page's header: the menu and the language switch. */
async function headerOf(client: TestClient, path = "/home"): Promise<string> {
  const html = await (await client.get(path)).text();
  return html.match(/<header class="site-header">[\s\S]*?<\/header>/)?.[0] ?? "";
}

/** The menu's groups as "heading: link, link", in their order. */
function groupsOf(header: string): string[] {
  return [...header.matchAll(/<h2 id="([^"]+)">([^<]+)<\/h2><ul aria-labelledby="\1">([\s\S]*?)<\/ul>/g)].map(
    ([, , heading, list]) =>
      `${heading}: ${[...list!.matchAll(/>([^<>]+)<\/(?:a|button)>/g)].map((m) => m[1]).join(", ")}`,
  );
}

/** How often each address is linked in the header, for those linked more than once. */
function twice(header: string): string[] {
  const hrefs = [...header.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
  return hrefs.filter((href, i) => hrefs.indexOf(href) !== i);
}

describe("the header's menu", () => {
  it("shows a school leader's many links under named groups, each link once", async () => {
    const school = await createSchool(ctx.database.db);
    const header = await headerOf(await signIn(ctx, school.leader.email));
    expect(header).toContain('<details class="site-menu grouped">');
    expect(groupsOf(header)).toEqual([
      "Informatie en contact: Gesprekken, Bijeenkomsten, Kalender, Berichten, Nieuws",
      "Ouders en school: Ideeën, Verwachtingen, Oudernetwerk, Gespreksgroepen, Buddy&#39;s koppelen",
      "Meten en plannen: Metingen, Traject, Certificering, Plan, Advies",
      "School: Leerlingen, ouders en team",
      "Uw account: Account, Uitloggen",
    ]);
    // Start stays first, outside the groups.
    expect(header).toMatch(
      /<nav class="main-nav" aria-label="Hoofdmenu"><ul><li><a href="\/home"[^>]*>Start<\/a><\/li><\/ul>/,
    );
    expect(twice(header)).toEqual([]);
  });

  it("groups a parent's links in a parent's words, a daycare's and in English too", async () => {
    const school = await createSchool(ctx.database.db);
    expect(groupsOf(await headerOf(await signIn(ctx, school.parent.email)))).toEqual([
      "Informatie en contact: Gesprekken, Bijeenkomsten, Kalender, Berichten, Nieuws",
      "Ouders en school: Ideeën, Samen met school, Verwachtingen, Ons plan, Oudernetwerk, Gespreksgroepen, Buddy",
      "Uw account: Account, Uitloggen",
    ]);
    const daycare = await createDaycare(ctx.database.db);
    const parent = await signIn(ctx, daycare.parent.email);
    expect(groupsOf(await headerOf(parent))[1]).toMatch(/^Ouders en opvang: Ideeën, Samen met de opvang,/);
    await parent.post("/language", { locale: "en", back: "/home" });
    expect(groupsOf(await headerOf(parent)).map((group) => group.split(":")[0])).toEqual([
      "Information and contact",
      "Parents and the setting",
      "Your account",
    ]);
    const leader = await signIn(ctx, daycare.leader.email);
    await leader.post("/language", { locale: "en", back: "/home" });
    expect(groupsOf(await headerOf(leader))[2]).toMatch(/^Measure and plan: /);
    expect(groupsOf(await headerOf(leader))[3]).toBe("The setting: Children, parents and staff");
  });

  it("lists a few links flat, without headings", async () => {
    const editor = await createUser(ctx.database.db, { isPlatformEditor: true });
    const header = await headerOf(await signIn(ctx, editor.email));
    expect(header).toContain('<details class="site-menu">');
    expect(header).not.toContain("<h2");
    const links = [...header.matchAll(/<li>(?:<a [^>]*>|[\s\S]*?<button[^>]*>)([^<]+)</g)].map((m) => m[1]);
    expect(links).toEqual(["Start", "Ouderpanel", "Advies beheren", "Trainingen", "Campagne", "Account", "Uitloggen"]);
    expect(twice(header)).toEqual([]);
  });

  it("marks the current page, and the part of the site a page belongs to", async () => {
    const school = await createSchool(ctx.database.db);
    const leader = await signIn(ctx, school.leader.email);
    const measurements = await headerOf(leader, "/organisation/measurements");
    expect(measurements).toContain('<a href="/organisation/measurements" aria-current="page">Metingen</a>');
    expect(measurements.match(/aria-current/g)).toHaveLength(1);
    const compare = await headerOf(leader, "/organisation/measurements/compare");
    expect(compare).toContain('<a href="/organisation/measurements" aria-current="true">Metingen</a>');
    expect(await headerOf(leader, "/home")).toContain('<a href="/home" aria-current="page">Start</a>');
    // A path that only starts with a link's address belongs to another page.
    const elsewhere = await headerOf(leader, "/plannen");
    expect(elsewhere).toContain('<a href="/plan">Plan</a>');
    expect(elsewhere).not.toContain("aria-current");
  });
});
