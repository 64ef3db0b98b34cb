import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { signIn, TestClient, useTestContext, leaderSignedIn } from "../../../tests/helpers/app.js";
import { createSchool } from "../../../tests/helpers/factories.js";
import { withOrg } from "../../db/client.js";
import { groups, pupils, schoolYears } from "../../db/schema/index.js";
import { fixedParnassysExport, parnassysExport } from "./fixtures.js";
import { countsOf } from "./testing/counts.js";
import { preselected, previewAndConfirm, upload, uploadToPreview } from "./testing/browse.js";
import { expectRefused } from "../../../tests/helpers/refusal.js";

const ctx = useTestContext();

const encode = (text: string) => new TextEncoder().encode(text);

/** The name of the group a pupil (by number) is in. */
async function groupOfPupil(orgId: string, pupilNumber: string) {
  const [row] = await withOrg(ctx.database.db, { orgId, userId: null }, (tx) =>
    tx
      .select({ name: groups.name })
      .from(pupils)
      .innerJoin(groups, eq(groups.id, pupils.groupId))
      .where(and(eq(pupils.orgId, orgId), eq(pupils.pupilNumber, pupilNumber))),
  );
  return row?.name;
}

describe("importing a school's export in the browser", () => {
  it("refuses a messy export with row numbers and reasons, imports the fixed file, and never duplicates", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    const before = await countsOf(ctx.database.db, school.orgId);

    const messy = await uploadToPreview(leader, parnassysExport());
    const preview = await leader.get(messy);
    const html = await preview.text();
    expect(html).toContain("5 regels kunnen niet worden geïmporteerd");
    expect(html).toMatch(/<th scope="row">5<\/th>\s*<td>De geboortedatum klopt niet/);
    expect(html).toMatch(/<th scope="row">7<\/th>\s*<td>De achternaam van de leerling ontbreekt/);
    expect(html).toMatch(/<th scope="row">8<\/th>\s*<td>Een e-mailadres van een ouder klopt niet/);
    expect(html).toMatch(/<th scope="row">9<\/th>\s*<td>Dit leerlingnummer staat vaker in het bestand/);
    expect(html).not.toContain(`action="${messy}/confirm"`);
    const refused = await leader.post(`${messy}/confirm`);
    expect(refused.status).toBe(422);
    expect(await countsOf(ctx.database.db, school.orgId)).toEqual(before);

    const fixed = await uploadToPreview(leader, fixedParnassysExport());
    const first = await previewAndConfirm(leader, fixed);
    expect(first.preview).toMatch(/Nieuwe leerlingen<\/dt>\s*<dd>8<\/dd>/);
    expect(first.preview).toContain("Nieuwe groepen: Groep 4a, Groep 2b, Groep 5a");
    expect(first.result).toContain("De import is klaar");
    expect(first.result).toContain("<progress");
    const imported = {
      pupils: before.pupils + 8,
      guardians: before.guardians + 5,
      groups: before.groups + 7,
      links: before.links + 6,
    };
    expect(await countsOf(ctx.database.db, school.orgId)).toEqual(imported);
    const [chloe] = await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
      tx
        .select()
        .from(pupils)
        .where(and(eq(pupils.orgId, school.orgId), eq(pupils.pupilNumber, "00417"))),
    );
    expect(chloe).toMatchObject({ firstName: "Chloé", surnamePrefix: "van der", dateOfBirth: "2016-04-03" });

    const again = await previewAndConfirm(leader, await uploadToPreview(leader, fixedParnassysExport()));
    expect(again.preview).toContain("Alles in dit bestand staat al in Samen");
    expect(again.preview).toMatch(/Leerlingen ongewijzigd<\/dt>\s*<dd>8<\/dd>/);
    expect(again.result).toMatch(/Nieuwe leerlingen<\/dt>\s*<dd>0<\/dd>/);
    expect(await countsOf(ctx.database.db, school.orgId)).toEqual(imported);
  });

  it("shows the reasons in English to an English-speaking user", async () => {
    const school = await createSchool(ctx.database.db);
    const leader = await signIn(ctx, school.leader.email, new TestClient(ctx.app, { "accept-language": "en" }));
    const html = await (await leader.get(await uploadToPreview(leader, parnassysExport()))).text();
    expect(html).toContain("5 rows cannot be imported");
    expect(html).toContain("The date of birth is not valid.");
  });

  it("lets the user say which column holds what when a header is unknown", async () => {
    const { school, leader } = await leaderSignedIn(ctx);
    const file = encode(
      "Leerlingnummer;Roepnaam;Achternaam;Jaargroep\n7001;Anna;Smit;Groep 6c\n7002;Bas;Smit;Groep 6c\n",
    );
    const uploaded = await upload(leader, file);
    const columns = uploaded.headers.get("location") ?? "";
    expect(columns).toMatch(/\/organisation\/import\/[0-9a-f-]+\/columns$/);
    const screen = await (await leader.get(columns)).text();
    expect(screen).toContain("Kolom 4: Jaargroep");
    expect(screen).toContain("Bijvoorbeeld: Groep 6c");

    const chosen = { ...preselected(screen), "column-3": "surname" };
    const wrong = await leader.post(columns, chosen);
    await expectRefused(wrong, ["Dit is al gekozen bij een andere kolom", "Kies een kolom voor: Groep of klas."]);

    const right = await leader.post(columns, { ...chosen, "column-3": "group" });
    expect(right.status).toBe(303);
    const { result } = await previewAndConfirm(leader, right.headers.get("location") ?? "");
    expect(result).toContain("De import is klaar");
    const created = await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
      tx
        .select({ name: groups.name })
        .from(pupils)
        .innerJoin(groups, and(eq(groups.orgId, pupils.orgId), eq(groups.id, pupils.groupId)))
        .where(eq(pupils.pupilNumber, "7001")),
    );
    expect(created).toEqual([{ name: "Groep 6c" }]);
  });

  it("explains why a file cannot be read, and stores nothing", async () => {
    const { leader } = await leaderSignedIn(ctx);
    const cases: [Uint8Array, string][] = [
      [new Uint8Array(), "Het bestand is leeg"],
      [new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), "Dit is geen CSV-bestand"],
      [encode("Leerlingnummer;Roepnaam;Achternaam;Groep\n"), "geen leerlingen"],
    ];
    for (const [bytes, message] of cases) {
      const response = await upload(leader, bytes, "leerlingen.xlsx");
      await expectRefused(response, [message]);
    }
    const none = await leader.postMultipart("/organisation/import", new FormData());
    // The error summary names the field.
    await expectRefused(none, ["CSV-bestand: kies een bestand."]);
  });

  it("turns away a file larger than 5 MB unread, with a clear message", async () => {
    const { leader } = await leaderSignedIn(ctx);
    const response = await upload(leader, new Uint8Array(6 * 1024 * 1024).fill(0x41));
    expect(response.status).toBe(303);
    const page = await leader.get(response.headers.get("location") ?? "");
    expect(await page.text()).toContain("Het bestand is groter dan 5 MB. Er is niets opgeslagen.");
  });

  it("finds the school's group 7 in 'Groep 7', and asks per new name whether to create it or use an existing group", async () => {
    const school = await createSchool(ctx.database.db);
    const { orgId } = school;
    await withOrg(ctx.database.db, { orgId, userId: null }, (tx) =>
      tx.insert(groups).values({ orgId, schoolYearId: school.year.id, name: "7" }),
    );
    const leader = await signIn(ctx, school.leader.email);
    const header = "Leerlingnummer;Roepnaam;Achternaam;Groep\n";
    const known = await uploadToPreview(leader, encode(`${header}7001;Anna;Smit;Groep 7\n7003;Cas;Smit;gr. 7\n`));
    const knownHtml = await (await leader.get(known)).text();
    expect(knownHtml).not.toContain("Nieuwe groepen: Groep 7");
    expect(knownHtml).not.toContain('name="group-0"');

    const before = await countsOf(ctx.database.db, orgId);
    const fresh = await uploadToPreview(leader, encode(`${header}7002;Bas;Smit;Zevende\n7004;Dirk;Smit;Achtste\n`));
    const asked = await (await leader.get(fresh)).text();
    expect(asked).toContain("„Zevende” uit het bestand");
    expect(asked).toMatch(/<option value="map:7">In bestaande groep 7 zetten<\/option>/);
    expect(asked).toContain('<option value="create">Nieuwe groep „Achtste” aanmaken</option>');
    expect(asked).not.toMatch(/<option value="[^"]+" selected/); // nothing chosen for the user

    const names = { "groupName-0": "Zevende", "groupName-1": "Achtste" };
    const undecided = await leader.post(`${fresh}/confirm`, { ...names, "group-0": "map:7" });
    const undecidedHtml = await expectRefused(undecided, [
      "Kies voor „Achtste”: een nieuwe groep aanmaken of een bestaande groep.",
    ]);
    expect(undecidedHtml).toContain('<option value="map:7" selected="">'); // the choice made is kept
    const unknown = await leader.post(`${fresh}/confirm`, { ...names, "group-0": "map:Negende", "group-1": "create" });
    expect(unknown.status).toBe(422);
    expect(await countsOf(ctx.database.db, orgId)).toEqual(before);

    const done = await leader.post(`${fresh}/confirm`, { ...names, "group-0": "map:7", "group-1": "create" });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain("De import is klaar"); // the page streams: read it to the end
    expect(await countsOf(ctx.database.db, orgId)).toMatchObject({ groups: before.groups + 1 });
    expect(await groupOfPupil(orgId, "7002")).toBe("7");
    expect(await groupOfPupil(orgId, "7004")).toBe("Achtste");
  });

  it("imports an upload once, even when Import is pressed twice", async () => {
    const { leader } = await leaderSignedIn(ctx);
    const preview = await uploadToPreview(leader, fixedParnassysExport());
    await previewAndConfirm(leader, preview);
    const second = await leader.post(`${preview}/confirm`);
    expect(second.status).toBe(303);
    expect(second.headers.get("location")).toBe("/organisation/import");
    expect(await (await leader.get("/organisation/import")).text()).toContain("Dit bestand is er niet meer");
    // Reloading the result page, or switching language on it, lands on the preview (here: gone).
    const reloaded = await leader.get(`${preview}/confirm`);
    expect([reloaded.status, reloaded.headers.get("location")]).toEqual([303, preview]);
  });

  it("refuses to import while the organisation has no current school year", async () => {
    const school = await createSchool(ctx.database.db);
    await withOrg(ctx.database.db, { orgId: school.orgId, userId: null }, (tx) =>
      tx.update(schoolYears).set({ archivedAt: new Date() }).where(eq(schoolYears.orgId, school.orgId)),
    );
    const leader = await signIn(ctx, school.leader.email);
    const before = await countsOf(ctx.database.db, school.orgId);
    const preview = await uploadToPreview(leader, fixedParnassysExport());
    const page = await (await leader.get(preview)).text();
    expect(page).toContain("Er is geen schooljaar dat nog loopt");
    expect(page).not.toContain(`action="${preview}/confirm"`);
    const forced = await (await leader.post(`${preview}/confirm`)).text();
    expect(forced).toContain("De import is niet gelukt");
    expect(forced).toContain("Er is niets veranderd in Samen.");
    expect(await countsOf(ctx.database.db, school.orgId)).toEqual(before);
  });
});

describe("who may import", () => {
  it("refuses teachers and parents, and another leader cannot open someone's upload", async () => {
    const school = await createSchool(ctx.database.db);
    for (const email of [school.teacher.email, school.parent.email]) {
      const client = await signIn(ctx, email);
      expect((await client.get("/organisation/import")).status).toBe(403);
      expect((await upload(client, fixedParnassysExport())).status).toBe(403);
    }
    const anonymous = await new TestClient(ctx.app).get("/organisation/import");
    expect(anonymous.status).toBe(303);

    const leader = await signIn(ctx, school.leader.email);
    const preview = await uploadToPreview(leader, fixedParnassysExport());
    const other = await createSchool(ctx.database.db);
    const stranger = await signIn(ctx, other.leader.email);
    const attempt = await stranger.post(`${preview}/confirm`);
    expect(attempt.status).toBe(303);
    expect(attempt.headers.get("location")).toBe("/organisation/import");
    expect((await countsOf(ctx.database.db, school.orgId)).pupils).toBe(2);
  });
});
