import { describe, expect, it } from "vitest";
import { decodeCsv } from "./decode.js";
import { applyPlan, magisterExport, NOTHING_YET, parnassysExport } from "./fixtures.js";
import { recogniseHeaders } from "./headers.js";
import { parseTable } from "./parse.js";
import { planImport } from "./plan.js";
import type { ExistingData } from "./plan.js";
import { validateRows } from "./rows.js";
import type { RowResult } from "./rows.js";

async function rowsOf(input: Uint8Array | string): Promise<RowResult[]> {
  const table = await parseTable(typeof input === "string" ? input : decodeCsv(input));
  return validateRows(table, recogniseHeaders(table.headers).mapping, { today: "2025-06-01" });
}

const HEADER = "Leerlingnummer;Roepnaam;Tussenvoegsel;Achternaam;Geboortedatum;Groep;Naam ouder 1;E-mail ouder 1\n";

describe("planImport", () => {
  it("creates everything on a first import, with one guardian for siblings", async () => {
    const plan = await planImport({ rows: await rowsOf(parnassysExport()), existing: NOTHING_YET });
    expect(plan.counts).toEqual({
      rowsValid: 4,
      rowsRejected: 5,
      pupilsToCreate: 4,
      pupilsToUpdate: 0,
      pupilsUnchanged: 0,
      groupsToCreate: 3,
      guardiansToCreate: 3,
      guardiansToUpdate: 0,
      guardiansUnchanged: 0,
      linksToAdd: 4,
    });
    // "Groep 4a" and "groep 4A" are one group, spelled as first seen.
    expect(plan.groups.create).toEqual(["Groep 4a", "Groep 2b", "Groep 5a"]);
    expect(plan.pupils.create.find((p) => p.pupil.pupilNumber === "10241")?.pupil.groupName).toBe("Groep 4a");
    expect(plan.guardians.create.filter((g) => g.email === "anouk.vdberg@example.nl")).toHaveLength(1);
    expect(plan.links.add.filter((l) => l.guardianEmail === "anouk.vdberg@example.nl")).toEqual([
      { pupilNumber: "00417", guardianEmail: "anouk.vdberg@example.nl", pupilId: null, guardianId: null },
      { pupilNumber: "00418", guardianEmail: "anouk.vdberg@example.nl", pupilId: null, guardianId: null },
    ]);
  });

  it("finds nothing to do when the same file is imported again", async () => {
    for (const file of [parnassysExport(), magisterExport()]) {
      const rows = await rowsOf(file);
      const existing = applyPlan(NOTHING_YET, await planImport({ rows, existing: NOTHING_YET }));
      const again = await planImport({ rows, existing });
      const valid = rows.filter((r) => r.ok).length;
      expect(again.counts).toMatchObject({
        pupilsToCreate: 0,
        pupilsToUpdate: 0,
        pupilsUnchanged: valid,
        groupsToCreate: 0,
        guardiansToCreate: 0,
        guardiansToUpdate: 0,
        linksToAdd: 0,
      });
    }
  });

  it("updates a pupil who moved to another group, and only lists what changed", async () => {
    const first = await rowsOf(
      `${HEADER}1;Anna;;Smit;1-1-2018;3a;Piet Smit;piet@example.nl\n2;Bas;;Smit;1-1-2016;5a;Piet Smit;piet@example.nl\n`,
    );
    const existing = applyPlan(NOTHING_YET, await planImport({ rows: first, existing: NOTHING_YET }));
    const moved = await rowsOf(
      `${HEADER}1;Anna;;Smit;1-1-2018;4a;Piet Smit;piet@example.nl\n2;Bas;;Smit;1-1-2016;5A;Piet Smit;piet@example.nl\n`,
    );
    const plan = await planImport({ rows: moved, existing });
    expect(plan.pupils.update).toEqual([
      {
        row: 2,
        id: existing.pupilsByNumber.get("1")?.id,
        pupil: {
          pupilNumber: "1",
          firstName: "Anna",
          surnamePrefix: null,
          surname: "Smit",
          dateOfBirth: "2018-01-01",
          groupName: "4a",
        },
        changes: [{ field: "groupName", from: "3a", to: "4a" }],
      },
    ]);
    // "5A" is the existing group "5a": no change, no new group.
    expect(plan.pupils.unchanged.map((p) => p.pupilNumber)).toEqual(["2"]);
    expect(plan.groups.create).toEqual(["4a"]);
  });

  it("finds the school's group 7 in 'Groep 7', 'Gr. 7' and 'gr 7', and asks before creating one it does not have", async () => {
    const existing: ExistingData = {
      ...NOTHING_YET,
      pupilsByNumber: new Map([
        ["1", { id: "p1", firstName: "Anna", surnamePrefix: null, surname: "Smit", dateOfBirth: null, groupName: "7" }],
      ]),
      groupsByName: new Map([
        ["7", { id: "g7" }],
        ["7/8", { id: "g78" }],
      ]),
    };
    const rows = await rowsOf(
      `${HEADER}1;Anna;;Smit;;Groep 7;;\n2;Bas;;Smit;;Gr. 7;;\n3;Cas;;Smit;;gr 7;;\n4;Do;;Smit;;Groep 7 / 8;;\n`,
    );
    const known = await planImport({ rows, existing });
    expect(known.groups).toMatchObject({ create: [], ask: [], confirm: false });
    expect(known.pupils.unchanged.map((p) => p.pupilNumber)).toEqual(["1"]);
    expect(known.pupils.create.map((p) => p.pupil.groupName)).toEqual(["7", "7", "7/8"]);

    const unknown = await planImport({ rows: await rowsOf(`${HEADER}5;Eva;;Smit;;Zevende;;\n`), existing });
    expect(unknown.groups).toEqual({
      create: ["Zevende"],
      mapped: [],
      ask: ["Zevende"],
      existing: ["7", "7/8"],
      confirm: true,
    });
    // A first import into a school without groups creates them without asking.
    expect((await planImport({ rows, existing: NOTHING_YET })).groups.ask).toEqual([]);
    expect((await planImport({ rows, existing: NOTHING_YET })).groups.confirm).toBe(false);
  });

  it("puts a new name's pupils in the existing group the person chose, and creates only the names they chose to create", async () => {
    const existing: ExistingData = { ...NOTHING_YET, groupsByName: new Map([["7", { id: "g7" }]]) };
    const rows = await rowsOf(`${HEADER}1;Anna;;Smit;;Zevende;;\n2;Bas;;Smit;;zevende;;\n3;Cas;;Smit;;Achtste;;\n`);
    const half = await planImport({ rows, existing, groups: { mapTo: new Map([["Zevende", "7"]]) } });
    expect(half.groups).toMatchObject({
      create: ["Achtste"],
      mapped: [{ from: "Zevende", to: "7" }],
      ask: ["Achtste"],
    });
    expect(half.pupils.create.map((p) => p.pupil.groupName)).toEqual(["7", "7", "Achtste"]);

    const decided = await planImport({
      rows,
      existing,
      groups: { mapTo: new Map([["Zevende", "7"]]), create: new Set(["achtste"]) },
    });
    expect(decided.groups).toMatchObject({ create: ["Achtste"], ask: [], confirm: false });
    // Mapping onto a group the school does not have maps nothing: the name is still asked about.
    const wrong = await planImport({
      rows,
      existing,
      groups: { mapTo: new Map([["Zevende", "Negende"]]), create: new Set(["Achtste"]) },
    });
    expect(wrong.groups).toMatchObject({ create: ["Zevende", "Achtste"], mapped: [], ask: ["Zevende"] });
  });

  it("updates names and prefixes, but does not erase a known date of birth", async () => {
    const existing: ExistingData = {
      ...NOTHING_YET,
      pupilsByNumber: new Map([
        [
          "1",
          {
            id: "p1",
            firstName: "Anna",
            surnamePrefix: null,
            surname: "Berg",
            dateOfBirth: "2018-01-01",
            groupName: "3a",
          },
        ],
      ]),
      groupsByName: new Map([["3a", { id: "g1" }]]),
    };
    const plan = await planImport({ rows: await rowsOf(`${HEADER}1;Anna;van den;Berg;;3a;;\n`), existing });
    expect(plan.pupils.update[0]?.changes).toEqual([{ field: "surnamePrefix", from: null, to: "van den" }]);
    expect(plan.pupils.update[0]?.pupil.dateOfBirth).toBe("2018-01-01");
  });

  it("matches guardians on e-mail regardless of case and updates a changed name", async () => {
    const existing: ExistingData = {
      ...NOTHING_YET,
      guardiansByEmail: new Map([
        ["Piet@Example.nl", { id: "g1", name: "P. Smit" }],
        ["eva@example.nl", { id: "g2", name: "Eva" }],
      ]),
    };
    const rows = await rowsOf(`${HEADER}1;Anna;;Smit;;3a;Piet Smit;piet@example.nl\n2;Bas;;Smit;;3a;;eva@example.nl\n`);
    const plan = await planImport({ rows, existing });
    expect(plan.guardians.update).toEqual([
      { id: "g1", email: "piet@example.nl", name: "Piet Smit", previousName: "P. Smit" },
    ]);
    // No name in the file never overwrites a known name.
    expect(plan.guardians.unchanged).toEqual([{ id: "g2", email: "eva@example.nl" }]);
    expect(plan.links.add.map((l) => l.guardianId)).toEqual(["g1", "g2"]);
  });

  it("stores the e-mail address as name for a new guardian without a name", async () => {
    const plan = await planImport({
      rows: await rowsOf(`${HEADER}1;Anna;;Smit;;3a;;ouders@example.nl\n`),
      existing: NOTHING_YET,
    });
    expect(plan.guardians.create).toEqual([{ email: "ouders@example.nl", name: "ouders@example.nl" }]);
  });

  it("takes the guardian's name from a later row when the first row had none", async () => {
    const plan = await planImport({
      rows: await rowsOf(
        `${HEADER}1;Anna;;Smit;;3a;;ouders@example.nl\n2;Bas;;Smit;;5a;Mieke Smit;ouders@example.nl\n`,
      ),
      existing: NOTHING_YET,
    });
    expect(plan.guardians.create).toEqual([{ email: "ouders@example.nl", name: "Mieke Smit" }]);
  });

  it("merges rows of one pupil with a guardian each into one pupil with two links", async () => {
    const rows = await rowsOf(
      `${HEADER}7;Anna;;Smit;;3a;Piet;piet@example.nl\n7;Anna;;Smit;;3a;Mieke;mieke@example.nl\n`,
    );
    const plan = await planImport({ rows, existing: NOTHING_YET });
    expect(plan.counts).toMatchObject({ pupilsToCreate: 1, guardiansToCreate: 2, linksToAdd: 2 });
  });

  it("adds a link for a new guardian of an existing pupil only", async () => {
    const rows = await rowsOf(`${HEADER}1;Anna;;Smit;;3a;Piet Smit;piet@example.nl\n`);
    const existing = applyPlan(NOTHING_YET, await planImport({ rows, existing: NOTHING_YET }));
    const plan = await planImport({
      rows: await rowsOf(`${HEADER}1;Anna;;Smit;;3a;Mieke Smit;mieke@example.nl\n`),
      existing,
    });
    expect(plan.links.add).toEqual([
      {
        pupilNumber: "1",
        guardianEmail: "mieke@example.nl",
        pupilId: existing.pupilsByNumber.get("1")?.id,
        guardianId: null,
      },
    ]);
  });
});
