/** A daycare imports its children in its own words: "kinderen", a "kindnummer", "de opvang". */
import { describe, expect, it } from "vitest";
import { signIn, useTestContext } from "../../../tests/helpers/app.js";
import { createDaycare, expectChildcarePage, expectNoSchoolWords } from "../../../tests/helpers/wording.js";
import { previewAndConfirm, upload } from "./testing/browse.js";

const ctx = useTestContext();

const csv = (...lines: string[]) => new TextEncoder().encode(lines.join("\n") + "\n");
const header = "Kindnummer;Roepnaam;Achternaam;Geboortedatum;Groep;Naam ouder 1;E-mail ouder 1";

describe("a daycare's import", () => {
  it("imports 'kinderen' with their 'kindnummer' into the daycare's groups", async () => {
    const daycare = await createDaycare(ctx.database.db);
    const leader = await signIn(ctx, daycare.leader.email);
    await expectChildcarePage(await leader.get("/organisation/import"), [
      "<h1>Kinderen importeren</h1>",
      "Haal een export uit uw kindadministratie",
      "Eén regel per kind, met kindnummer, naam, groep en de ouders.",
    ]);
    // A column the import does not know: the leader says what each column holds.
    const messy = await upload(
      leader,
      csv(
        `${header};Allergie`,
        "K1;Noor;;01-02-2024;Peuters rood;;;Geen",
        "K2;Daan;Smit;03-04-2024;Peuters rood;Eva Smit;;Noten",
      ),
    );
    const columns = messy.headers.get("location") ?? "";
    expect(columns).toMatch(/\/columns$/);
    await expectChildcarePage(await leader.get(columns), [
      "Verplicht zijn: kindnummer, roepnaam, achternaam en groep.",
      ">Kindnummer (verplicht)</option>",
      ">Groep (verplicht)</option>",
    ]);
    const fields = ["pupilNumber", "firstName", "surname", "dateOfBirth", "group", "guardian1Name", "guardian1Email"];
    const chosen = await leader.post(columns, {
      ...Object.fromEntries(fields.map((field, column) => [`column-${column}`, field])),
      "column-7": "ignore",
    });
    const refused = await expectChildcarePage(await leader.get(chosen.headers.get("location") ?? ""), [
      "De achternaam van het kind ontbreekt.",
      "Een ouder heeft geen e-mailadres. Deze ouder wordt niet toegevoegd. Het kind wel.",
    ]);
    expect(refused).toMatch(/Nieuwe kinderen<\/dt>\s*<dd>1<\/dd>/);

    // The same file fixed, its columns recognised: "Kindnummer" is the child's number.
    const fixed = await upload(leader, csv(header, "K1;Noor;Bakker;01-02-2024;Peuters rood;;"));
    const { preview, result } = await previewAndConfirm(leader, fixed.headers.get("location") ?? "");
    for (const html of [preview, result]) expectNoSchoolWords(html);
    expect(preview).toContain("Groepen die de opvang nog niet heeft");
    expect(preview).toContain("of de kinderen in een bestaande groep zetten");
    expect(result).toMatch(/Nieuwe kinderen<\/dt>\s*<dd>1<\/dd>/);
    // The children's list names the number as the import did.
    await expectChildcarePage(await leader.get("/organisation/pupils"), [
      "Zoek op naam of kindnummer",
      'role="columnheader">Kindnummer</th>',
    ]);

    await leader.post("/language", { locale: "en", back: "/home" });
    await expectChildcarePage(await leader.get("/organisation/import"), [
      "<h1>Import children</h1>",
      "One row per child, with child number, name, group and the parents.",
    ]);
  });
});
