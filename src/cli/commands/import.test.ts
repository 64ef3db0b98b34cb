/** `samen import` as an operator runs it, against a fresh database (PGlite in a temp DATA_DIR, or PostgreSQL). */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCliTarget, samen, type CliTarget } from "../../../tests/helpers/cli.js";
import { createSchool } from "../../../tests/helpers/factories.js";
import { fixedParnassysExport, parnassysExport } from "../../features/import/fixtures.js";
import { countsOf } from "../../features/import/testing/counts.js";
import { createDaycare, expectNoSchoolWords } from "../../../tests/helpers/wording.js";

// Every command opens (and migrates) the database anew, as a real CLI run does: slow on a busy machine.

let target: CliTarget;
let dir: string;
let school: { orgId: string; code: string; groupA: string };

beforeAll(async () => {
  target = await createCliTarget();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "samen-import-"));
  const database = await target.open();
  try {
    const created = await createSchool(database.db);
    school = { orgId: created.orgId, code: created.org.registrationCode ?? "", groupA: created.groupA.name };
  } finally {
    await database.close();
  }
});
afterAll(async () => {
  await target?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function file(name: string, bytes: Uint8Array | string): string {
  const where = path.join(dir, name);
  fs.writeFileSync(where, bytes);
  return where;
}

async function counts() {
  const database = await target.open();
  try {
    return await countsOf(database.db, school.orgId);
  } finally {
    await database.close();
  }
}

/** `samen import --org <the school> --file <file> …`. */
function importFile(file: string, ...options: string[]) {
  return samen(target, "import", "--org", school.orgId, "--file", file, ...options);
}

describe("samen import", { timeout: 300_000 }, () => {
  it("refuses a file with a bad row, names the rows and reasons, and changes nothing", async () => {
    const before = await counts();
    const result = await importFile(file("bad.csv", parnassysExport()));
    expect(result.code).toBe(1);
    expect(result.err).toContain("5 regels met fouten. Er is niets geïmporteerd.");
    expect(result.err).toContain("regel 5: De geboortedatum klopt niet.");
    expect(result.err).toContain("regel 8: Een e-mailadres van een ouder klopt niet.");
    expect(await counts()).toEqual(before);
  });

  it("imports a good file by registration code, prints the counts, and finds nothing to do the second time", async () => {
    const before = await counts();
    const good = file("good.csv", fixedParnassysExport());
    const dry = await samen(target, "import", "--org", school.code.toLowerCase(), "--file", good, "--dry-run");
    expect(dry.code).toBe(0);
    expect(dry.out).toContain("Proef (--dry-run): er is niets opgeslagen.");
    expect(dry.out).toContain("Nieuwe leerlingen: 8");
    expect(await counts()).toEqual(before);

    // The school has groups already: the file's seven new ones are created only when asked for.
    const asked = await samen(target, "import", "--org", school.code, "--file", good);
    expect(asked.code).toBe(1);
    expect(asked.err).toContain("Importeer dan opnieuw met --create-groups.");
    expect(await counts()).toEqual(before);
    const first = await samen(target, "import", "--org", school.code, "--file", good, "--create-groups");
    expect(first.code).toBe(0);
    expect(first.out).toContain("Geïmporteerd in");
    expect(first.out).toContain("Nieuwe leerlingen: 8");
    expect(first.out).toContain("Nieuwe ouders: 5");
    expect(first.out).toContain("regel 11: Een ouder heeft geen e-mailadres.");
    const after = await counts();
    expect(after).toEqual({
      pupils: before.pupils + 8,
      guardians: before.guardians + 5,
      groups: before.groups + 7,
      links: before.links + 6,
    });

    const again = await samen(target, "import", "--org", school.code, "--file", good, "--lang", "en");
    expect(again.code).toBe(0);
    expect(again.out).toContain("Pupils unchanged: 8");
    expect(again.out).toContain("New pupils: 0");
    expect(await counts()).toEqual(after);
  });

  it("imports into an organisation just made with create-org, which comes with the running school year", async () => {
    const created = await samen(target, "create-org", "--name", "De Esdoorn", "--type", "primary", "--code", "56EF");
    expect(created.code).toBe(0);
    expect(created.out).toMatch(/Created school year (\d{4})-(\d{4}) \(\1-08-01 to \2-07-31\)/);
    const imported = await samen(target, "import", "--org", "56EF", "--file", file("new.csv", fixedParnassysExport()));
    expect(imported.code, imported.err).toBe(0);
    expect(imported.out).toContain("Nieuwe leerlingen: 8");
  });

  it("needs --map for a required column it does not recognise", async () => {
    const csv = file("map.csv", "Leerlingnummer;Roepnaam;Achternaam;Jaargroep\n9001;Anna;Smit;Groep 6c\n");
    const before = await counts();
    const unmapped = await importFile(csv, "--lang", "en");
    expect(unmapped.code).toBe(1);
    expect(unmapped.err).toContain("No column found for: Group or class (group)");
    expect(await counts()).toEqual(before);

    const typo = await importFile(csv, "--map", "Jaargroep=groep");
    expect(typo.code).toBe(2);
    expect(typo.err).toContain('--map "Jaargroep=groep" klopt niet');

    const mapped = await importFile(csv, "--map", "jaargroep=group", "--create-groups");
    expect(mapped.code).toBe(0);
    expect(mapped.out).toContain("Nieuwe leerlingen: 1");
    expect(mapped.out).toContain("Nieuwe groepen: 1");
    expect((await counts()).pupils).toBe(before.pupils + 1);
  });

  it("puts a new group name into an existing group with --map-group, and creates the rest only with --create-groups", async () => {
    const csv = file(
      "groups.csv",
      "Leerlingnummer;Roepnaam;Achternaam;Groep\n9101;Anna;Smit;Zevende\n9102;Bas;Smit;Achtste\n",
    );
    const before = await counts();
    const half = await importFile(csv, "--map-group", `Zevende=${school.groupA}`);
    expect(half.code).toBe(1);
    expect(half.err).toContain("groepen die de school nog niet heeft: Achtste.");
    expect(half.err).toContain("--map-group");
    expect(await counts()).toEqual(before);

    const noSuchGroup = await importFile(csv, "--map-group", "Zevende=Negende");
    expect(noSuchGroup.code).toBe(2);
    expect(noSuchGroup.err).toContain('--map-group "Zevende=Negende" klopt niet');
    expect(noSuchGroup.err).toMatch(new RegExp(`bestaande groepen: .*${school.groupA}`));
    const notInFile = await importFile(csv, "--map-group", `Negende=${school.groupA}`);
    expect(notInFile.code).toBe(2);
    expect(notInFile.err).toContain("het bestand noemt geen nieuwe groep „Negende”");
    expect(await counts()).toEqual(before);

    const done = await importFile(csv, "--map-group", `zevende=${school.groupA}`, "--create-groups");
    expect(done.code, done.err).toBe(0);
    expect(done.out).toContain("Nieuwe groepen: 1");
    expect(done.out).toContain("Nieuwe groepen: Achtste.");
    expect(await counts()).toMatchObject({ pupils: before.pupils + 2, groups: before.groups + 1 });

    const help = await samen(target, "import", "--help");
    expect(help.out).toContain('--map-group  "Name in file=existing group"');
  });

  it("says so when the organisation or the file does not exist", async () => {
    const missingOrg = await samen(target, "import", "--org", "99ZZ", "--file", file("x.csv", fixedParnassysExport()));
    expect([missingOrg.code, missingOrg.err]).toEqual([1, expect.stringContaining('"99ZZ"')]);
    const missingFile = await importFile(path.join(dir, "nope.csv"));
    expect([missingFile.code, missingFile.err]).toEqual([1, expect.stringContaining("Kan het bestand")]);
  });

  it("speaks a daycare's words: 'kinderen', the 'kindnummer' and the groups of 'de opvang', in Dutch and English", async () => {
    const database = await target.open();
    const daycare = await createDaycare(database.db).finally(() => database.close());
    const importInto = (bytes: Uint8Array, ...options: string[]) =>
      samen(target, "import", "--org", daycare.orgId, "--file", file("daycare.csv", bytes), ...options);
    const said = (result: { out: string; err: string }) => `${result.out}\n${result.err}`;

    const bad = await importInto(parnassysExport());
    expect(bad.code).toBe(1);
    expect(bad.err).toContain("regel 7: De achternaam van het kind ontbreekt.");
    expect(bad.err).toContain("Dit kindnummer staat vaker in het bestand");
    expectNoSchoolWords(said(bad));
    const dry = await importInto(fixedParnassysExport(), "--dry-run", "--lang", "en");
    expect(dry.out).toContain("New children: 8");
    expectNoSchoolWords(said(dry));
    const asked = await importInto(fixedParnassysExport());
    expect(asked.err).toContain("Het bestand noemt groepen die de opvang nog niet heeft:");
    expectNoSchoolWords(said(asked));
    const done = await importInto(fixedParnassysExport(), "--create-groups");
    expect(done.out).toContain("Nieuwe kinderen: 8");
    expectNoSchoolWords(said(done));

    // The help knows no organisation: it speaks to a school and a daycare alike.
    const help = await samen(target, "import", "--help");
    expect(help.out).toContain("the school or daycare does not know by that name");
  });
});
