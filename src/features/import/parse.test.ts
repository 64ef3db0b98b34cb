import { describe, expect, it } from "vitest";
import { decodeCsv } from "./decode.js";
import { magisterExport, parnassysExport, somtodayExport } from "./fixtures.js";
import { detectDelimiter, ImportFileError, parseTable } from "./parse.js";

describe("detectDelimiter", () => {
  it("finds semicolon, comma and tab", () => {
    expect(detectDelimiter("Leerlingnummer;Roepnaam;Groep\n1,2,3")).toBe(";");
    expect(detectDelimiter("Stamnr,Roepnaam,Klas\n1;2;3")).toBe(",");
    expect(detectDelimiter("Student number\tGiven name\tClass")).toBe("\t");
  });

  it("ignores delimiters inside quoted headers", () => {
    expect(detectDelimiter('"Naam, volledig";Klas\n')).toBe(";");
    expect(detectDelimiter('"a;b;c;d",Klas,Groep\n')).toBe(",");
  });

  it("prefers a semicolon on a tie", () => {
    expect(detectDelimiter("Naam,ouder;Klas,groep;x\n")).toBe(";");
  });

  it("treats a single-column file as comma-separated", () => {
    expect(detectDelimiter("Leerlingnummer\n123\n")).toBe(",");
  });

  it("detects each fixture's delimiter", async () => {
    expect((await parseTable(decodeCsv(parnassysExport()))).delimiter).toBe(";");
    expect((await parseTable(decodeCsv(magisterExport()))).delimiter).toBe(",");
    expect((await parseTable(decodeCsv(somtodayExport()))).delimiter).toBe("\t");
  });
});

describe("parseTable", () => {
  it("handles quoted cells with delimiters, doubled quotes and newlines", async () => {
    const table = await parseTable(decodeCsv(magisterExport()));
    expect(table.headers[0]).toBe("Stamnr");
    expect(table.rows[0]?.[6]).toBe("Dubois, Claire");
    expect(table.rows[0]?.[12]).toBe("Allergie: noten,\nmelk");
    expect(table.rows[1]?.[12]).toBe('Zegt "hoi"');
  });

  it("numbers rows like a spreadsheet, and lines like a text editor", async () => {
    const table = await parseTable(decodeCsv(magisterExport()));
    // The first data row spans text lines 2 and 3, but is one spreadsheet row.
    expect(table.rowNumbers).toEqual([2, 3, 4]);
    expect(table.lineNumbers).toEqual([2, 4, 5]);
  });

  it("skips empty lines but keeps counting them, as a spreadsheet shows them", async () => {
    const table = await parseTable("a;b\n1;2\n\n;\n3;4\n");
    expect(table.rows).toEqual([
      ["1", "2"],
      ["3", "4"],
    ]);
    expect(table.rowNumbers).toEqual([2, 5]);
  });

  it("trims cells, also around quotes", async () => {
    const table = await parseTable(' Leerlingnummer ; Roepnaam \n 123 ;  "Anna"  \n');
    expect(table.headers).toEqual(["Leerlingnummer", "Roepnaam"]);
    expect(table.rows).toEqual([["123", "Anna"]]);
  });

  it("accepts rows shorter or longer than the header", async () => {
    const table = await parseTable("a;b;c\n1\n1;2;3;4\n");
    expect(table.rows).toEqual([["1"], ["1", "2", "3", "4"]]);
  });

  it("accepts stray quotes inside unquoted cells", async () => {
    const table = await parseTable('Roepnaam;Achternaam\nJan "Johnny";Jansen\n');
    expect(table.rows[0]).toEqual(['Jan "Johnny"', "Jansen"]);
  });

  it("keeps pupil numbers as text, with leading zeros", async () => {
    expect((await parseTable(decodeCsv(parnassysExport()))).rows[0]?.[0]).toBe("00417");
  });

  it("reads a large file in pieces as it reads a small one, whatever a cut falls into", async () => {
    // The Magister rows (quoted cells with newlines, accents, "Ayşe Öztürk") 3,000 times over: the
    // pieces the parser is fed are cut inside quoted cells and inside characters of two bytes.
    const small = await parseTable(decodeCsv(magisterExport()));
    const [header = "", ...body] = decodeCsv(magisterExport()).split("\n");
    const large = await parseTable([header, ...Array.from({ length: 3000 }, () => body.join("\n"))].join("\n"));
    expect(large.headers).toEqual(small.headers);
    expect(large.rows).toEqual(Array.from({ length: 3000 }, () => small.rows).flat());
    // Each copy is five text lines and four spreadsheet rows: its first row spans two lines, an empty line ends it.
    expect(large.lineNumbers.slice(-3)).toEqual(small.lineNumbers.map((line) => line + 2999 * 5));
    expect(large.rowNumbers.slice(-3)).toEqual(small.rowNumbers.map((row) => row + 2999 * 4));
  });

  it("gives a header-only file no rows", async () => {
    expect((await parseTable("Leerlingnummer;Roepnaam\n")).rows).toEqual([]);
  });

  it("refuses an empty file", async () => {
    await expect(parseTable("")).rejects.toThrow(ImportFileError);
    await expect(parseTable("\n\n")).rejects.toThrow(expect.objectContaining({ code: "import.file.empty" }));
  });

  it("refuses a file with an unclosed quote", async () => {
    await expect(parseTable('a;b\n1;"open\n2;3\n')).rejects.toThrow(
      expect.objectContaining({ code: "import.file.malformed" }),
    );
  });
});
