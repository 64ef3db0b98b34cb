/** Reading exports back in tests, as a reader's program would: the cells of a CSV or XLSX (a PDF: src/lib/pdf/testing.ts). */
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";

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
