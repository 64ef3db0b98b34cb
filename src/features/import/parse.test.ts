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

  it("detects each fixture's delimiter", () => {
    expect(parseTable(decodeCsv(parnassysExport())).delimiter).toBe(";");
    expect(parseTable(decodeCsv(magisterExport())).delimiter).toBe(",");
    expect(parseTable(decodeCsv(somtodayExport())).delimiter).toBe("\t");
  });
});

describe("parseTable", () => {
  it("handles quoted cells with delimiters, doubled quotes and newlines", () => {
    const table = parseTable(decodeCsv(magisterExport()));
    expect(table.headers[0]).toBe("Stamnr");
    expect(table.rows[0]?.[6]).toBe("Dubois, Claire");
    expect(table.rows[0]?.[12]).toBe("Allergie: noten,\nmelk");
    expect(table.rows[1]?.[12]).toBe('Zegt "hoi"');
  });

  it("numbers rows like a spreadsheet, and lines like a text editor", () => {
    const table = parseTable(decodeCsv(magisterExport()));
    // The first data row spans text lines 2 and 3, but is one spreadsheet row.
    expect(table.rowNumbers).toEqual([2, 3, 4]);
    expect(table.lineNumbers).toEqual([2, 4, 5]);
  });

  it("skips empty lines but keeps counting them, as a spreadsheet shows them", () => {
    const table = parseTable("a;b\n1;2\n\n;\n3;4\n");
    expect(table.rows).toEqual([
      ["1", "2"],
      ["3", "4"],
    ]);
    expect(table.rowNumbers).toEqual([2, 5]);
  });

  it("trims cells, also around quotes", () => {
    const table = parseTable(' Leerlingnummer ; Roepnaam \n 123 ;  "Anna"  \n');
    expect(table.headers).toEqual(["Leerlingnummer", "Roepnaam"]);
    expect(table.rows).toEqual([["123", "Anna"]]);
  });

  it("accepts rows shorter or longer than the header", () => {
    const table = parseTable("a;b;c\n1\n1;2;3;4\n");
    expect(table.rows).toEqual([["1"], ["1", "2", "3", "4"]]);
  });

  it("accepts stray quotes inside unquoted cells", () => {
    const table = parseTable('Roepnaam;Achternaam\nJan "Johnny";Jansen\n');
    expect(table.rows[0]).toEqual(['Jan "Johnny"', "Jansen"]);
  });

  it("keeps pupil numbers as text, with leading zeros", () => {
    expect(parseTable(decodeCsv(parnassysExport())).rows[0]?.[0]).toBe("00417");
  });

  it("gives a header-only file no rows", () => {
    expect(parseTable("Leerlingnummer;Roepnaam\n").rows).toEqual([]);
  });

  it("refuses an empty file", () => {
    expect(() => parseTable("")).toThrow(ImportFileError);
    expect(() => parseTable("\n\n")).toThrow(expect.objectContaining({ code: "import.file.empty" }));
  });

  it("refuses a file with an unclosed quote", () => {
    expect(() => parseTable('a;b\n1;"open\n2;3\n')).toThrow(expect.objectContaining({ code: "import.file.malformed" }));
  });
});
