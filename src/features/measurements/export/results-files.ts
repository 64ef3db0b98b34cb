/** The aggregated results as a CSV text or an XLSX workbook; both from the one table in results-table.ts. */
import type { Locale, Translate } from "../../../web/i18n/index.js";
import type { ExtraItem, Instrument } from "../domain/instrument.js";
import type { ResultsView } from "../service/results.js";
import { BYTE_ORDER_MARK, csvDialect, csvLine } from "./csv.js";
import { resultColumns, resultRows, type NumberKind } from "./results-table.js";

interface Input {
  t: Translate;
  locale: Locale;
  view: ResultsView;
  instrument: Instrument;
  extras: readonly ExtraItem[];
}

export function resultsCsv({ t, locale, view, instrument, extras }: Input): string {
  const dialect = csvDialect(locale);
  const columns = resultColumns(t, locale, instrument, extras);
  const header = csvLine(
    columns.map((column) => column.header),
    dialect,
  );
  const rows = resultRows(view, instrument).map((row) =>
    csvLine(
      columns.map((column) => column.value(row)),
      dialect,
    ),
  );
  return BYTE_ORDER_MARK + header + rows.join("");
}

/** Excel shows the numbers in the reader's own notation; these formats only fix the decimals. */
export const NUMBER_FORMATS: Record<NumberKind, string> = { count: "0", mean: "0.00", percent: "0.0" };

export async function resultsXlsx({ t, locale, view, instrument, extras }: Input): Promise<Buffer> {
  // exceljs loads at the first spreadsheet, not at every start.
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  workbook.title = view.title;
  const sheet = workbook.addWorksheet(t("measure.export.sheet.results"), { views: [{ state: "frozen", ySplit: 1 }] });
  const columns = resultColumns(t, locale, instrument, extras);
  sheet.columns = columns.map((column) => ({
    header: column.header,
    width: column.kind ? 12 : 24,
    style: column.kind ? { numFmt: NUMBER_FORMATS[column.kind] } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of resultRows(view, instrument)) sheet.addRow(columns.map((column) => column.value(row)));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
