/** Reading exports back in tests, as a reader's program would: the text of a PDF, the cells of a CSV or XLSX. */
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { inflateSync } from "node:zlib";

/**
 * The text pieces of a PDF made by pdfkit with its built-in fonts: each page
 * content stream is inflated, and each TJ array's hex strings are joined
 * into one piece (a line, or a table cell).
 */
export function pdfTexts(pdf: Buffer): string[] {
  const texts: string[] = [];
  const source = pdf.toString("latin1");
  for (const match of source.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length;
    const end = source.indexOf("endstream", start);
    const raw = pdf.subarray(start, end);
    let content: string;
    try {
      content = inflateSync(raw).toString("latin1");
    } catch {
      content = raw.toString("latin1");
    }
    for (const array of content.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
      const pieces = [...array[1]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((hex) => Buffer.from(hex[1]!, "hex"));
      texts.push(Buffer.concat(pieces).toString("latin1"));
    }
  }
  return texts;
}

/** A CSV file as rows of cells; it must start with the UTF-8 byte order mark. */
export function csvRows(data: ArrayBuffer, delimiter: ";" | ","): string[][] {
  const bytes = new Uint8Array(data);
  if (bytes[0] !== 0xef || bytes[1] !== 0xbb || bytes[2] !== 0xbf) throw new Error("no byte order mark");
  return parse(Buffer.from(bytes.subarray(3)).toString("utf8"), { delimiter }) as string[][];
}

/** Every sheet of a workbook as rows of cell values (null for an empty cell). */
export async function xlsxSheets(data: ArrayBuffer): Promise<Map<string, (string | number | null)[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data);
  const sheets = new Map<string, (string | number | null)[][]>();
  workbook.eachSheet((sheet) => {
    const rows: (string | number | null)[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => {
      const values: (string | number | null)[] = [];
      for (let i = 1; i <= sheet.columnCount; i++) {
        const value = row.getCell(i).value;
        values.push(value === null || value === undefined ? null : (value as string | number));
      }
      rows.push(values);
    });
    sheets.set(sheet.name, rows);
  });
  return sheets;
}
