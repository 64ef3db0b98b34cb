import { describe, expect, it } from "vitest";
import { decodeCsv } from "./decode.js";
import { magisterExport, parnassysExport, somtodayExport } from "./fixtures.js";
import { FIELDS, recogniseHeader, recogniseHeaders } from "./headers.js";
import { parseTable } from "./parse.js";

const fieldsOf = (headers: string[]): Record<string, string> => {
  const { mapping } = recogniseHeaders(headers);
  return Object.fromEntries([...mapping].map(([column, field]) => [headers[column] ?? "", field]));
};

describe("recogniseHeader", () => {
  it.each([
    ["Leerlingnummer", "pupilNumber"],
    ["Leerling nr.", "pupilNumber"],
    ["LLNR", "pupilNumber"],
    ["Stamnummer", "pupilNumber"],
    ["student_number", "pupilNumber"],
    ["Kindnummer", "pupilNumber"],
    ["Kind-nr", "pupilNumber"],
    ["Child ID", "pupilNumber"],
    ["Roepnaam", "firstName"],
    ["Voornaam", "firstName"],
    ["Voornamen", "firstName"],
    ["First name", "firstName"],
    ["Given-Name", "firstName"],
    ["Roepnaam leerling", "firstName"],
    ["Tussenv.", "surnamePrefix"],
    ["Voorvoegsel", "surnamePrefix"],
    ["Prefix", "surnamePrefix"],
    ["Achternaam", "surname"],
    ["Geslachtsnaam", "surname"],
    ["Last name", "surname"],
    ["FAMILY NAME", "surname"],
    ["Geboortedatum", "dateOfBirth"],
    ["Geb. datum", "dateOfBirth"],
    ["Date of birth", "dateOfBirth"],
    ["Birthdate", "dateOfBirth"],
    ["DOB", "dateOfBirth"],
    ["Groep", "group"],
    ["Klas", "group"],
    ["Stamgroep", "group"],
    ["Basisgroep", "group"],
    ["Class", "group"],
    ["Group", "group"],
    ["Naam ouder 1", "guardian1Name"],
    ["Ouder/verzorger 1 naam", "guardian1Name"],
    ["Ouder 2", "guardian2Name"],
    ["naam ouder/verzorger 2", "guardian2Name"],
    ["Parent 1 name", "guardian1Name"],
    ["E-mail ouder 1", "guardian1Email"],
    ["email verzorger 1", "guardian1Email"],
    ["E-mailadres ouder 2", "guardian2Email"],
    ["Guardian 2 email", "guardian2Email"],
    ["E-mail ouder", "guardian1Email"],
    ["e_mail_ouder2", "guardian2Email"],
    ["Voornaam ouder 1", "guardian1FirstName"],
    ["Achternaam ouder 1", "guardian1Surname"],
    ["Tussenvoegsel ouder 2", "guardian2SurnamePrefix"],
    ["Géboortedatum", "dateOfBirth"],
  ])("%s → %s", (header, field) => {
    expect(recogniseHeader(header)?.field).toBe(field);
  });

  it.each(["Geslacht", "Opmerking", "E-mail", "Naam ouder 3", "", "Adres"])("does not guess for %j", (header) => {
    expect(recogniseHeader(header)).toBeUndefined();
  });
});

describe("recogniseHeaders", () => {
  it("maps the ParnasSys export and lists the columns it will not import", async () => {
    const { headers } = await parseTable(decodeCsv(parnassysExport()));
    const result = recogniseHeaders(headers);
    expect(fieldsOf(headers)).toEqual({
      Leerlingnummer: "pupilNumber",
      Roepnaam: "firstName",
      Tussenvoegsel: "surnamePrefix",
      Achternaam: "surname",
      Geboortedatum: "dateOfBirth",
      Groep: "group",
      "Naam ouder/verzorger 1": "guardian1Name",
      "E-mail ouder/verzorger 1": "guardian1Email",
      "Naam ouder/verzorger 2": "guardian2Name",
      "E-mail ouder/verzorger 2": "guardian2Email",
    });
    // "Roepnaam" beats "Voornamen": schools address children by their call name.
    expect(result.unrecognised).toEqual([
      { column: 2, header: "Voornamen" },
      { column: 11, header: "Geslacht" },
    ]);
    expect(result.missingRequired).toEqual([]);
  });

  it("maps the Magister export, with the second guardian's name in parts", async () => {
    const { headers } = await parseTable(decodeCsv(magisterExport()));
    const fields = fieldsOf(headers);
    expect(fields).toMatchObject({
      Stamnr: "pupilNumber",
      "Tussenv.": "surnamePrefix",
      "Geb. datum": "dateOfBirth",
      Klas: "group",
      "Ouder/verzorger 1 e-mail": "guardian1Email",
      "Voornaam ouder 2": "guardian2FirstName",
      "Achternaam ouder 2": "guardian2Surname",
      "E-mailadres ouder 2": "guardian2Email",
    });
    expect(recogniseHeaders(headers).unrecognised.map((u) => u.header)).toEqual(["Opmerking"]);
  });

  it("maps the Somtoday export with English headers", async () => {
    const { headers } = await parseTable(decodeCsv(somtodayExport()));
    const result = recogniseHeaders(headers);
    expect(result.mapping.size).toBe(headers.length);
    expect(fieldsOf(headers)["Guardian 2 email"]).toBe("guardian2Email");
  });

  it("reports missing required fields", () => {
    expect(recogniseHeaders(["Roepnaam", "Achternaam"]).missingRequired).toEqual(["pupilNumber", "group"]);
  });

  it("prefers a numbered guardian column over an unnumbered one", () => {
    expect(fieldsOf(["E-mail ouder", "E-mail ouder 1"])).toEqual({ "E-mail ouder 1": "guardian1Email" });
  });

  it("applies overrides by exact or loosely matching header", () => {
    const headers = ["Nummer", "Roepnaam", "Achternaam", "Jaargroep", "Groep", "Geslacht"];
    const result = recogniseHeaders(headers, { Nummer: "pupilNumber", "JAARGROEP ": "group", geslacht: "ignore" });
    expect(result.mapping.get(0)).toBe("pupilNumber");
    expect(result.mapping.get(3)).toBe("group");
    // The override took "group", so the automatically recognised "Groep" column is not imported.
    expect(result.unrecognised).toEqual([{ column: 4, header: "Groep" }]);
    expect(result.missingRequired).toEqual([]);
    expect(result.unusedOverrides).toEqual([]);
  });

  it("lets an override switch a recognised column off, and reports overrides for unknown columns", () => {
    const result = recogniseHeaders(["Leerlingnummer", "Klas"], { Klas: "ignore", Klass: "group" });
    expect(result.mapping.get(1)).toBeUndefined();
    expect(result.unrecognised).toEqual([]);
    expect(result.missingRequired).toContain("group");
    expect(result.unusedOverrides).toEqual(["Klass"]);
  });

  it("is not confused by a header named like an Object.prototype member", () => {
    expect(recogniseHeaders(["constructor", "Klas"]).mapping.get(1)).toBe("group");
  });
});

describe("FIELDS", () => {
  it("marks pupil number, first name, surname and group as required", () => {
    expect(FIELDS.filter((f) => f.required).map((f) => f.field)).toEqual([
      "pupilNumber",
      "firstName",
      "surname",
      "group",
    ]);
    expect(FIELDS).toHaveLength(16);
  });
});
