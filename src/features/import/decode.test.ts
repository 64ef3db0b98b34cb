import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeCsv } from "./decode.js";
import { magisterExport, parnassysExport, somtodayExport } from "./fixtures.js";

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe("decodeCsv", () => {
  it("reads UTF-8 without a BOM", () => {
    expect(decodeCsv(utf8("Roepnaam\nZoë\n"))).toBe("Roepnaam\nZoë\n");
  });

  it("drops a UTF-8 BOM so the first header is clean", () => {
    const text = decodeCsv(magisterExport());
    expect(text.startsWith('"Stamnr"')).toBe(true);
    expect(text).toContain("Émile");
    expect(text).toContain("Ayşe");
  });

  it("falls back to Windows-1252 when the bytes are not valid UTF-8", () => {
    const text = decodeCsv(parnassysExport());
    expect(text).toContain("Chloé");
    expect(text).toContain("Jürgen;Jürgen;;Müller");
    expect(text).toContain("Daniël");
    expect(text).toContain("IJsbrand");
  });

  it("reads UTF-16 LE with a BOM (Excel 'Unicode text')", () => {
    const text = decodeCsv(somtodayExport());
    expect(text.startsWith("Student number\tGiven name")).toBe(true);
    expect(text).toContain("S-3001\tFinn");
  });

  it("reads UTF-16 BE with a BOM", () => {
    const bytes = Uint8Array.from([0xfe, 0xff, ...iconv.encode("Klas\n5a", "utf16be")]);
    expect(decodeCsv(bytes)).toBe("Klas\n5a");
  });

  it("normalises CRLF and lone CR line endings to LF", () => {
    expect(decodeCsv(utf8("a;b\r\n1;2\r3;4\n"))).toBe("a;b\n1;2\n3;4\n");
    expect(decodeCsv(parnassysExport())).not.toContain("\r");
  });

  it("decodes a byte view into a larger buffer correctly", () => {
    const bytes = utf8("xxKlas\n5a").subarray(2);
    expect(decodeCsv(bytes)).toBe("Klas\n5a");
  });
});
