/**
 * Issue 10 §6: the import took a 1 MB first name (the form allows 100) and
 * stored control characters in names. It applies the forms' own schema for a
 * person's fields now (src/web/person-fields.ts).
 */
import { describe, expect, it } from "vitest";
import { recogniseHeaders } from "./headers.js";
import { parseTable } from "./parse.js";
import { validateRows, type RowResult } from "./rows.js";
import { pupilForm, guardianForm } from "../pupils/schemas.js";
import { inviteStaffForm } from "../organisation/schemas.js";

const header = "Leerlingnummer;Roepnaam;Tussenvoegsel;Achternaam;Groep;Naam ouder 1;E-mail ouder 1\n";

async function validateText(text: string): Promise<RowResult[]> {
  const table = await parseTable(text);
  return validateRows(table, recogniseHeaders(table.headers).mapping, { today: "2025-06-01" });
}

describe("a person's fields in the import", () => {
  it("refuses a row whose names are longer than the forms allow", async () => {
    const huge = "A".repeat(1_000_000);
    const rows = await validateText(
      `${header}1;${huge};;Smit;3a;;\n2;Anna;;${"B".repeat(101)};3a;;\n3;Anna;${"v".repeat(31)};Smit;3a;;\n` +
        `4;Anna;;Smit;3a;${"C".repeat(151)};ouder@example.nl\n5;${"D".repeat(100)};;Smit;3a;;\n`,
    );
    expect(rows.map((r) => (r.ok ? "ok" : r.reasons.join()))).toEqual([
      "import.reason.tooLong",
      "import.reason.tooLong",
      "import.reason.tooLong",
      "import.reason.tooLong",
      "ok",
    ]);
    expect(pupilForm.safeParse({ firstName: huge, surname: "Smit" }).success).toBe(false);
  });

  it("stores names without control characters, as the forms do", async () => {
    const [row] = await validateText(
      `${header}1;An\u0000na;van\u001b der;Sm\u0007it;3a;Ou\u0000der;ou\u0000der@example.nl\n`,
    );
    expect(row?.ok && row.pupil).toMatchObject({ firstName: "Anna", surnamePrefix: "van der", surname: "Smit" });
    expect(row?.ok && row.guardians).toEqual([{ name: "Ouder", email: "ouder@example.nl" }]);
    const form = pupilForm.parse({ firstName: "An\u0000na", surnamePrefix: "", surname: " Smit\n", dateOfBirth: "" });
    expect(form).toMatchObject({ firstName: "Anna", surnamePrefix: null, surname: "Smit" });
    expect(guardianForm.parse({ name: "Ou\u0000der", email: "", phone: "" }).name).toBe("Ouder");
    expect(inviteStaffForm.safeParse({ name: "x".repeat(201), email: "a@example.nl", roles: "teacher" }).success).toBe(
      false,
    );
  });
});
