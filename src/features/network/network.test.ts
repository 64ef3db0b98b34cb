/**
 * The network as parents and staff use it: visibility chosen by each parent (default nobody), the
 * preview, the directory; staff's Dutch full-text search among parents who agreed to be found
 * (a parent is refused with 403 and a sentence); a request for help answered yes with the e-mail
 * shared; a parent who leaves the school disappears; deleting the account deletes the profile.
 */
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { lastMailTo, signIn, type TestClient, useTestContext } from "../../../tests/helpers/app.js";
import { createSchool } from "../../../tests/helpers/factories.js";
import type { School } from "../../../tests/helpers/isolation.js";
import { withOrg } from "../../db/client.js";
import { guardians, networkProfiles, networkRequestAnswers, pupilGuardians, users } from "../../db/schema/index.js";
import { blankProfile } from "./service/profile.js";
import { addParent, saveProfileOf } from "./testing/fixtures.js";
import { expectRefused } from "../../../tests/helpers/refusal.js";

const ctx = useTestContext();
let school: School;
let leader: TestClient;
let teacher: TestClient;
let sameGroup: TestClient;
let otherGroup: TestClient;
let ayse: { id: string; email: string };
let karim: { id: string; email: string };
let hidden: { id: string; email: string };

beforeAll(async () => {
  school = await createSchool(ctx.database.db);
  ayse = await addParent(ctx, school, "A", "Ayşe Demir");
  karim = await addParent(ctx, school, "B", "Karim El Amrani");
  hidden = await addParent(ctx, school, "B", "Verborgen Ouder");
  const other = await addParent(ctx, school, "B", "Andere Groep");
  await saveProfileOf(ctx, school, ayse.id, {
    visibility: "group",
    showLanguages: true,
    findable: true,
    languages: ["tr", "nl"],
    skills: "Ik kan goed koken en help graag bij het tuinieren.",
    tags: ["koken", "tuin"],
  });
  await saveProfileOf(ctx, school, karim.id, {
    visibility: "organisation",
    showName: false,
    showGroups: true,
    showOffer: true,
    findable: true,
    languages: ["ar"],
    trade: "Timmerman",
    about: "Ik heb een schooltuin aangelegd.",
  });
  await saveProfileOf(ctx, school, hidden.id, { findable: false, languages: ["tr"], skills: "koken" });
  leader = await signIn(ctx, school.leader.email);
  teacher = await signIn(ctx, school.teacher.email);
  sameGroup = await signIn(ctx, school.parent.email);
  otherGroup = await signIn(ctx, other.email);
});

describe("visibility, chosen by each parent", () => {
  it("a parent visible to their group is seen by a parent of that group, with only the chosen fields", async () => {
    const page = await (await sameGroup.get("/network/parents")).text();
    expect(page).toContain("Ayşe Demir");
    expect(page).toContain("Turks");
    expect(page).not.toContain("koken");
    // Karim chose the whole school but not his name: a parent of group B, and his trade.
    expect(page).toContain("Een ouder");
    expect(page).toContain("Timmerman");
    expect(page).not.toContain("Karim");
    expect(page).not.toContain("Verborgen Ouder");
  });

  it("a parent of another group does not see her", async () => {
    const page = await (await otherGroup.get("/network/parents")).text();
    expect(page).not.toContain("Ayşe Demir");
    expect(page).toContain("Timmerman");
  });

  it("staff see every parent's name and groups, and languages and offer only of those who may be found", async () => {
    const page = await (await teacher.get("/network/parents")).text();
    expect(page).toContain("Verborgen Ouder");
    expect(page).toContain("Karim El Amrani");
    expect(page).toContain("Arabisch");
    // The hidden parent speaks Turkish too, but did not agree to be found: staff see no language of theirs.
    expect(page.match(/Turks/g)?.length).toBe(1);
  });

  it("a parent sets what others see and checks it in the preview, which starts at nobody", async () => {
    const parent = await signIn(ctx, (await addParent(ctx, school, "A", "Nieuwe Ouder")).email);
    const before = await (await parent.get("/network/preview")).text();
    expect(before.match(/Ziet u niet\./g)?.length).toBe(2);
    const saved = await parent.post("/network/profile", {
      visibility: "organisation",
      showName: "on",
      showLanguages: "on",
      languages: ["pl", "en"],
      skills: "",
      trade: "",
      timeAvailable: "woensdag",
      about: "",
      tags: "",
    });
    expect(saved.status).toBe(303);
    expect(saved.headers.get("location")).toBe("/network/preview");
    const after = await (await parent.get("/network/preview")).text();
    expect(after).not.toContain("Ziet u niet.");
    expect(after).toContain("Pools, Engels");
    expect(after).not.toContain("woensdag");
  });

  it("names the languages in the page's language, without the foreign language's code for a screen reader's voice", async () => {
    const page = await (await sameGroup.get("/network/profile")).text();
    expect(page).toMatch(/<label for="language-tr">\s*Turks\s*<\/label>/);
    expect(page).not.toMatch(/<label for="language-[a-z]+" lang=/);
  });

  it("refuses a visibility or language not in the list with a message, nothing saved", async () => {
    await expectRefused(
      await sameGroup.post("/network/profile", {
        ...Object.fromEntries(Object.entries(blankProfile).map(([k]) => [k, ""])),
        visibility: "everyone",
        languages: "klingon",
        tags: "",
      }),
      // The error summary names each field, though their choices are made by hand.
      ["Welke ouders mogen u zien? Kies wie u mag zien.", "Talen die ik spreek: kies talen uit de lijst."],
    );
  });
});

describe("staff search", () => {
  const found = async (client: TestClient, query: string) => {
    const page = await (await client.get(`/network/search?${query}`)).text();
    return (name: string) => page.includes(name);
  };

  it('finds who speaks Turkish for "wie spreekt Turks", only among parents who agreed to be found', async () => {
    const has = await found(leader, "q=wie+spreekt+Turks");
    expect(has("Ayşe Demir")).toBe(true);
    expect(has("Verborgen Ouder")).toBe(false);
    expect(has("Karim El Amrani")).toBe(false);
    expect((await found(teacher, "q=who+speaks+Turkish"))("Ayşe Demir")).toBe(true);
  });

  it("stems Dutch: tuin finds tuinieren, koken finds koken but kookt not; compounds are not split", async () => {
    const tuin = await found(leader, "q=tuin");
    expect(tuin("Ayşe Demir")).toBe(true);
    expect(tuin("Karim El Amrani")).toBe(false);
    expect((await found(leader, "q=tuinieren"))("Ayşe Demir")).toBe(true);
    expect((await found(leader, "q=kookt"))("Ayşe Demir")).toBe(false);
    expect((await found(leader, "q=koken"))("Ayşe Demir")).toBe(true);
    const school = await found(leader, "q=wie+kan+helpen+met+de+schooltuin");
    expect(school("Karim El Amrani")).toBe(true);
    expect(school("Ayşe Demir")).toBe(false);
  });

  it("filters by tag and by language", async () => {
    const tag = await found(leader, "tag=koken");
    expect(tag("Ayşe Demir")).toBe(true);
    expect(tag("Karim El Amrani")).toBe(false);
    const language = await found(leader, "language=ar");
    expect(language("Karim El Amrani")).toBe(true);
    expect(language("Ayşe Demir")).toBe(false);
  });

  it("says a search text is too long, naming the maximum, in the user's language, and the form keeps working", async () => {
    const long = "a".repeat(5000);
    const response = await teacher.get(`/network/search?q=${long}`);
    expect(response.status).toBe(422);
    const page = await response.text();
    expect(page).toContain("Uw zoektekst is te lang: hoogstens 200 tekens.");
    expect(page).toContain('href="#field-q"');
    expect(page).toContain('action="/network/search"');
    expect(page).not.toContain("Gevonden:");

    const english = await signIn(ctx, school.teacher.email);
    await english.post("/language", { locale: "en", back: "/network/search" });
    const englishPage = await (await english.get(`/network/search?q=${long}`)).text();
    expect(englishPage).toContain("Your search text is too long: at most 200 characters.");
    expect((await found(english, "q=tuin"))("Ayşe Demir")).toBe(true);
    await english.post("/language", { locale: "nl", back: "/network/search" });
  });

  it("says so when a tag or a language is not one to choose, instead of an empty page", async () => {
    const language = await leader.get("/network/search?language=xx");
    expect(language.status).toBe(422);
    expect(await language.text()).toContain("Kies een taal uit de lijst.");
    const tag = await leader.get(`/network/search?tag=${"t".repeat(41)}`);
    expect(tag.status).toBe(422);
    expect(await tag.text()).toContain("Kies een trefwoord uit de lijst.");
  });

  it("refuses a parent with 403 and a clear message", async () => {
    const response = await sameGroup.get("/network/search?q=Turks");
    expect(response.status).toBe(403);
    const page = await response.text();
    expect(page).toContain("Alleen medewerkers van de school kunnen ouders zoeken.");
    expect(page).not.toContain("Ayşe Demir");
    const post = await sameGroup.post("/network/requests", { body: "Help", parents: ayse.id });
    expect(post.status).toBe(403);
  });
});

describe("a request for help", () => {
  it("reaches the parents asked by mail; one says yes and shares her address with the one who asked", async () => {
    await expectRefused(await leader.post("/network/requests", { body: " ", parents: ayse.id, q: "Turks" }), [
      "Schrijf wat u vraagt.",
    ]);
    const notFindable = await leader.post("/network/requests", { body: "Tolk?", parents: [ayse.id, hidden.id] });
    expect(notFindable.status).toBe(409);

    const sent = await leader.post("/network/requests", {
      body: "Wilt u helpen bij de informatieavond op 12 maart als tolk?",
      parents: [ayse.id, karim.id],
      q: "Turks",
    });
    expect(sent.status).toBe(303);
    const path = sent.headers.get("location")!;
    const mail = await lastMailTo(ctx, ayse.email);
    expect(mail?.subject).toContain("Kunt u helpen?");
    expect(mail?.text).toContain(`http://localhost:3000${path}`);

    const ayseClient = await signIn(ctx, ayse.email);
    const form = await (await ayseClient.get(path)).text();
    expect(form).toContain("informatieavond");
    const answered = await ayseClient.post(`${path}/answer`, { answer: "yes", shareEmail: "on" });
    expect(answered.status).toBe(303);
    const karimClient = await signIn(ctx, karim.email);
    expect((await karimClient.post(`${path}/answer`, { answer: "no", shareEmail: "on" })).status).toBe(303);

    const staffPage = await (await leader.get(path)).text();
    expect(staffPage).toContain("1 van 2 zeiden ja");
    expect(staffPage).toContain(ayse.email);
    expect(staffPage).not.toContain(karim.email);
    // Another staff member sees the answers, not the address.
    expect(await (await teacher.get(path)).text()).not.toContain(ayse.email);
    // A parent who was not asked finds nothing there.
    expect((await sameGroup.get(path)).status).toBe(404);
    const [stored] = await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
      tx
        .select()
        .from(networkRequestAnswers)
        .where(and(eq(networkRequestAnswers.orgId, school.orgId), eq(networkRequestAnswers.userId, karim.id))),
    );
    expect(stored).toMatchObject({ answer: "no", shareEmail: false });
  });
});

describe("leaving and deleting", () => {
  it("a parent who leaves the organisation disappears from the directory and search", async () => {
    const leaving = await addParent(ctx, school, "A", "Vertrekkende Ouder");
    await saveProfileOf(ctx, school, leaving.id, { visibility: "organisation", findable: true, languages: ["tr"] });
    expect(await (await sameGroup.get("/network/parents")).text()).toContain("Vertrekkende Ouder");
    await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, async (tx) => {
      const [guardian] = await tx.select().from(guardians).where(eq(guardians.userId, leaving.id));
      await tx.delete(pupilGuardians).where(eq(pupilGuardians.guardianId, guardian!.id));
    });
    expect(await (await sameGroup.get("/network/parents")).text()).not.toContain("Vertrekkende Ouder");
    expect(await (await leader.get("/network/search?q=Turks")).text()).not.toContain("Vertrekkende Ouder");
  });

  it("deleting the profile or the account removes it", async () => {
    const parent = await addParent(ctx, school, "A");
    await saveProfileOf(ctx, school, parent.id, { about: "weg" });
    const client = await signIn(ctx, parent.email);
    expect((await client.post("/network/profile/delete")).status).toBe(303);
    await saveProfileOf(ctx, school, parent.id, { about: "weer" });
    await ctx.database.db.delete(users).where(eq(users.id, parent.id));
    const left = await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
      tx.select().from(networkProfiles).where(eq(networkProfiles.userId, parent.id)),
    );
    expect(left).toEqual([]);
  });
});
