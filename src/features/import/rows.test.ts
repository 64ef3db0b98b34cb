import { beforeAll, describe, expect, it } from "vitest";
import { decodeCsv } from "./decode.js";
import { magisterExport, parnassysExport, somtodayExport } from "./fixtures.js";
import { recogniseHeaders } from "./headers.js";
import { parseTable } from "./parse.js";
import { validateRows } from "./rows.js";
import type { RowResult, ValidRow } from "./rows.js";

const TODAY = "2025-06-01";

async function validate(bytes: Uint8Array): Promise<RowResult[]> {
  const table = await parseTable(decodeCsv(bytes));
  return validateRows(table, recogniseHeaders(table.headers).mapping, { today: TODAY });
}

async function validateText(text: string): Promise<RowResult[]> {
  const table = await parseTable(text);
  return validateRows(table, recogniseHeaders(table.headers).mapping, { today: TODAY });
}

const okRow = (results: RowResult[], row: number): ValidRow => {
  const result = results.find((r) => r.row === row);
  if (!result?.ok) throw new Error(`row ${row} is not valid: ${JSON.stringify(result)}`);
  return result;
};

describe("validateRows on the ParnasSys export", () => {
  let results: RowResult[] = [];
  beforeAll(async () => {
    results = await validate(parnassysExport());
  });

  it("rejects exactly the broken rows, by spreadsheet row number and reason", () => {
    const rejected = results.filter((r) => !r.ok).map((r) => [r.row, r.ok ? [] : r.reasons]);
    expect(rejected).toEqual([
      [5, ["import.reason.invalidDate"]],
      [7, ["import.reason.missingSurname"]],
      [8, ["import.reason.invalidEmail"]],
      // Same number with a different group: both rows are refused, neither is guessed right.
      [9, ["import.reason.duplicatePupilNumber"]],
      [10, ["import.reason.duplicatePupilNumber"]],
    ]);
    expect(results.filter((r) => r.ok).map((r) => r.row)).toEqual([2, 3, 4, 11]);
  });

  it("cleans pupil data: leading zeros, ISO dates, lowercase prefix", () => {
    expect(okRow(results, 2).pupil).toEqual({
      pupilNumber: "00417",
      firstName: "Chloé",
      surnamePrefix: "van der",
      surname: "Berg",
      dateOfBirth: "2016-04-03",
      groupName: "Groep 4a",
    });
    expect(okRow(results, 4).pupil.surnamePrefix).toBeNull();
  });

  it("lowercases guardian e-mail addresses", () => {
    expect(okRow(results, 2).guardians).toEqual([
      { name: "Anouk van der Berg", email: "anouk.vdberg@example.nl" },
      { name: "Sébastien van der Berg", email: "s.vanderberg@example.nl" },
    ]);
  });

  it("keeps a pupil whose parent has no e-mail address, with a warning", () => {
    const row = okRow(results, 11);
    expect(row.guardians).toEqual([]);
    expect(row.warnings).toEqual(["import.warning.guardianEmailMissing"]);
  });
});

describe("validateRows on other exports", () => {
  it("combines a guardian name from parts and reports rows by spreadsheet row", async () => {
    const results = await validate(magisterExport());
    expect(results.map((r) => [r.row, r.line])).toEqual([
      [2, 2],
      [3, 4],
      [4, 5],
    ]);
    expect(okRow(results, 3).guardians).toEqual([
      { name: "Jong, Mark de", email: "mark.dejong@example.nl" },
      { name: "Ayşe Öztürk", email: "ayse.ozturk@example.nl" },
    ]);
    expect(okRow(results, 4).pupil.surnamePrefix).toBe("van 't");
  });

  it("refuses a date of birth in the future and accepts an e-mail without a name", async () => {
    const results = await validate(somtodayExport());
    expect(results[1]).toEqual({ ok: false, row: 3, line: 3, reasons: ["import.reason.futureDate"] });
    const row = okRow(results, 4);
    expect(row.guardians).toEqual([{ name: null, email: "noah.ouders@example.nl" }]);
    expect(row.warnings).toEqual(["import.warning.guardianNameMissing"]);
  });
});

describe("validateRows rules", () => {
  const header = "Leerlingnummer;Roepnaam;Achternaam;Geboortedatum;Groep;E-mail ouder 1;E-mail ouder 2\n";

  it("lists every reason for a row, in a fixed order", async () => {
    const [result] = await validateText(`${header};;;31-02-2015;;geen-mail;\n`);
    expect(result).toMatchObject({ ok: false, row: 2 });
    expect(result?.ok === false && result.reasons).toEqual([
      "import.reason.missingPupilNumber",
      "import.reason.missingFirstName",
      "import.reason.missingSurname",
      "import.reason.missingGroup",
      "import.reason.invalidDate",
      "import.reason.invalidEmail",
    ]);
  });

  it("treats an empty date of birth as unknown, not invalid", async () => {
    const [result] = await validateText(`${header}1;Anna;Smit;;3a;;\n`);
    expect(result?.ok && result.pupil.dateOfBirth).toBeNull();
  });

  it("accepts a pupil number repeated with the same data (one row per guardian)", async () => {
    const results = await validateText(
      `${header}7;Anna;Smit;1-1-2018;3a;a@example.nl;\n7;Anna;Smit;1-1-2018;3A;b@example.nl;\n`,
    );
    expect(results.every((r) => r.ok)).toBe(true);
  });

  it("counts the same address in both guardian columns once", async () => {
    const [result] = await validateText(`${header}1;Anna;Smit;;3a;gezin@example.nl;Gezin@Example.nl\n`);
    expect(result?.ok && result.guardians).toEqual([{ name: null, email: "gezin@example.nl" }]);
  });

  it("treats unmapped optional fields as empty", async () => {
    const table = await parseTable("Leerlingnummer;Roepnaam;Achternaam;Groep\n1;Anna;Smit;3a\n");
    const [result] = await validateRows(table, recogniseHeaders(table.headers).mapping, { today: TODAY });
    expect(result).toEqual({
      ok: true,
      row: 2,
      line: 2,
      warnings: [],
      guardians: [],
      pupil: {
        pupilNumber: "1",
        firstName: "Anna",
        surnamePrefix: null,
        surname: "Smit",
        dateOfBirth: null,
        groupName: "3a",
      },
    });
  });
});
