/**
 * The response-level export, streamed: a batch of responses is read, written
 * and sent before the next is read, so memory stays flat however many
 * responses there are. CSV is pulled by the reader (a batch per pull); XLSX is
 * written by exceljs's streaming writer into a pipe, and the writer waits
 * while the pipe is full, so a slow download slows the reading down instead
 * of filling memory (see roomIn).
 */
import type ExcelJS from "exceljs";
import { PassThrough, Readable, type Writable } from "node:stream";
import type { Locale, Translate } from "../../../web/i18n/index.js";
import { instrumentByVersion } from "../instrument/index.js";
import { responseBatches, type ResponseExport } from "../service/exports.js";
import type { OrgScope } from "../../../db/org-scope.js";
import { groupLabel } from "../views/labels.js";
import { BYTE_ORDER_MARK, csvDialect, csvLine } from "./csv.js";
import { responseTable, type ResponseTable } from "./responses-table.js";

export interface ResponseStreamInput {
  scope: OrgScope;
  measurementId: string;
  t: Translate;
  locale: Locale;
  prepared: ResponseExport;
  batchSize?: number;
}

function tableOf({ t, prepared }: ResponseStreamInput) {
  return responseTable(t, instrumentByVersion(prepared.instrumentVersion), prepared.groups, prepared.extras);
}

function batchesOf(input: ResponseStreamInput, table: ResponseTable) {
  return responseBatches(input.scope, input.measurementId, input.prepared.groups, table.columns, input.batchSize);
}

export function responsesCsvStream(input: ResponseStreamInput): ReadableStream<Uint8Array> {
  const table = tableOf(input);
  const dialect = csvDialect(input.locale);
  const encoder = new TextEncoder();
  const batches = batchesOf(input, table);
  let number = 0;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(BYTE_ORDER_MARK + csvLine(table.headers, dialect)));
    },
    async pull(controller) {
      const next = await batches.next();
      if (next.done) return controller.close();
      let text = "";
      for (const response of next.value) text += csvLine(table.row(response, ++number), dialect);
      controller.enqueue(encoder.encode(text));
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
}

export function responsesXlsxStream(input: ResponseStreamInput): ReadableStream<Uint8Array> {
  const pipe = new PassThrough();
  startWorkbook(pipe, input).catch((error: unknown) => pipe.destroy(error as Error));
  return Readable.toWeb(pipe) as ReadableStream<Uint8Array>;
}

/** exceljs loads at the first spreadsheet, not at every start. */
async function startWorkbook(pipe: PassThrough, input: ResponseStreamInput) {
  const { default: excel } = await import("exceljs");
  // No shared strings or styles: both would be kept in memory until the end.
  const workbook = new excel.stream.xlsx.WorkbookWriter({ stream: pipe, useStyles: false, useSharedStrings: false });
  await writeWorkbook(workbook, pipe, input);
}

async function writeWorkbook(workbook: ExcelJS.stream.xlsx.WorkbookWriter, pipe: Writable, input: ResponseStreamInput) {
  const { t, prepared } = input;
  const about = workbook.addWorksheet(t("measure.export.sheet.about"));
  const groups = prepared.groups.map((group) => groupLabel(t, group)).join(", ");
  about.addRow([prepared.title]).commit();
  about.addRow([t("measure.export.about.scale")]).commit();
  const groupsLine = groups ? t("measure.export.about.groups", { groups }) : t("measure.export.about.none");
  about.addRow([groupsLine]).commit();
  about.addRow([t("measure.export.responsesNote")]).commit();
  about.commit();
  const table = tableOf(input);
  const sheet = workbook.addWorksheet(t("measure.export.sheet.responses"), {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  sheet.addRow(table.headers).commit();
  let number = 0;
  for await (const batch of batchesOf(input, table)) {
    for (const response of batch) sheet.addRow(table.row(response, ++number)).commit();
    await roomIn(pipe, zipInput(sheet));
  }
  sheet.commit();
  await workbook.commit();
}

/**
 * The pipe into the zip that exceljs writes a sheet's XML to. exceljs (4.x)
 * writes into it without waiting, so when the zip compresses more slowly than
 * rows come, the XML piles up in memory (100 MB for 60,000 rows); the writer
 * waits on it as well. It is a readable-stream v2 PassThrough (archiver's),
 * which keeps its state in `_writableState` only.
 */
function zipInput(sheet: ExcelJS.Worksheet): Writable | undefined {
  return (sheet as unknown as { stream?: { pipes?: Writable[] } }).stream?.pipes?.[0];
}

function isFull(pipe: Writable): boolean {
  const state = (pipe as unknown as { _writableState?: { needDrain?: boolean } })._writableState;
  return pipe.writableNeedDrain || state?.needDrain === true;
}

/** Waits while either pipe is full; throws once the download was stopped, which ends the reading. */
async function roomIn(download: Writable, zip: Writable | undefined): Promise<void> {
  for (const pipe of [zip, download]) {
    if (!pipe || !isFull(pipe) || download.destroyed) continue;
    await new Promise<void>((resolve) => {
      const done = () => {
        pipe.off("drain", done);
        download.off("close", done);
        resolve();
      };
      pipe.on("drain", done);
      download.on("close", done);
    });
  }
  if (download.destroyed) throw new Error("the download was stopped");
}
