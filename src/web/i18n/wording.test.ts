import { beforeAll, describe, expect, it } from "vitest";
import { lastMailTo, signIn, useTestContext } from "../../../tests/helpers/app.js";
import { expectPage } from "../../../tests/helpers/page.js";
import { DEMO_ACCOUNTS, loadDemo } from "../../demo/load-demo.js";

const ctx = useTestContext();
beforeAll(async () => {
  await loadDemo(ctx.database.db);
});

/** The home page's figures of the organisation, as "term: figure" pairs. */
const statsOf = (html: string) =>
  [...html.matchAll(/<dt>([^<]+)<\/dt><dd>(\d+)<\/dd>/g)].map((m) => `${m[1]}: ${m[2]}`).join(", ");

describe("the words of a daycare and of a school", () => {
  it("calls a daycare's leader 'Leidinggevende', its children 'Kinderen' and its staff pedagogisch medewerkers", async () => {
    const leader = await signIn(ctx, DEMO_ACCOUNTS.daycareLeader);
    const home = await expectPage(await leader.get("/home"), ["Uw rollen hier: leidinggevende"]);
    expect(statsOf(home)).toBe("Groepen: 1, Kinderen: 1, Ouders en verzorgers: 1, Medewerkers: 1");

    const staff = await expectPage(await leader.get("/organisation/staff"), [">Leidinggevende</td>"]);
    const invite = await expectPage(await leader.get("/organisation/staff/invite"), [
      ">Leidinggevende</label>",
      ">Pedagogisch medewerker</label>",
    ]);
    const organisation = await expectPage(await leader.get("/organisation"), [
      'href="/organisation/pupils">Kinderen</a>',
    ]);
    const pupils = await expectPage(await leader.get("/organisation/pupils"), ["<h1>Kinderen</h1>", "Nieuw kind"]);
    for (const html of [home, staff, invite, organisation, pupils]) {
      expect(html).not.toContain("Schoolleider");
      expect(html).not.toContain(">Leerlingen<");
    }
    // The invitation mail names the role as the pages do.
    const invited = await leader.post("/organisation/staff/invite", {
      name: "Sanne",
      email: "pm@zonnetje.example",
      roles: "teacher",
    });
    expect(invited.status).toBe(303);
    expect((await lastMailTo(ctx, "pm@zonnetje.example"))?.text).toContain("als pedagogisch medewerker");

    const groups = await expectPage(await leader.get("/organisation/groups"), ["Pedagogisch medewerkers en mentoren"]);
    expect(groups).not.toContain("Leraren");

    await leader.post("/language", { locale: "en", back: "/home" });
    const english = await expectPage(await leader.get("/home"), ["Your roles here: manager"]);
    expect(statsOf(english)).toContain("Children: 1");
    await expectPage(await leader.get("/organisation/staff"), [">Manager</td>"]);
    await expectPage(await leader.get("/organisation/staff/invite"), [">Early years practitioner</label>"]);
  });

  it("keeps a primary school's 'Schoolleider' and 'Leerlingen'", async () => {
    const leader = await signIn(ctx, DEMO_ACCOUNTS.leader);
    const home = await expectPage(await leader.get("/home"), ["Uw rollen hier: schoolleider"]);
    expect(statsOf(home)).toMatch(/^Groepen: \d+, Leerlingen: \d+, /);
    await expectPage(await leader.get("/organisation/staff"), [">Schoolleider</td>"]);
    await expectPage(await leader.get("/organisation/staff/invite"), [">Leraar</label>"]);
    const pupils = await expectPage(await leader.get("/organisation/pupils"), [
      "<h1>Leerlingen</h1>",
      "Nieuwe leerling",
    ]);
    expect(pupils).not.toContain("Kinderen");
  });

  it("follows the organisation a person works in now: a teacher at the school is a parent at the daycare", async () => {
    const fatima = await signIn(ctx, DEMO_ACCOUNTS.teacher7);
    const atSchool = await expectPage(await fatima.get("/home"), ["Uw rollen hier: leraar"]);
    const daycare = atSchool.match(/<option value="([0-9a-f-]{36})"[^>]*>Kinderdagverblijf Het Zonnetje</)?.[1];
    expect(daycare).toBeDefined();
    expect((await fatima.post("/home/organisation", { orgId: daycare! })).status).toBe(303);
    await expectPage(await fatima.get("/home"), ["Pedagogisch medewerker: Wendy Kramer"]);
  });
});
