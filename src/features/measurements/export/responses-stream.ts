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
import type { Locale, Translate, Wording } from "../../../web/i18n/index.js";
import { instrumentByVersion } from "../instrument/index.js";
import { responseBatches, type ExportedResponse, type ResponseExport } from "../service/exports.js";
import type { OrgScope } from "../../../db/org-scope.js";
import { groupLabel } from "../views/labels.js";
import { BYTE_ORDER_MARK, csvCell, csvDialect, csvLine, type CsvDialect, type CsvValue } from "./csv.js";
import { responseTable, type ResponseTable } from "./responses-table.js";

export interface ResponseStreamInput {
  scope: OrgScope;
  measurementId: string;
  t: Translate;
  locale: Locale;
  /** The words of the organisation, for the items' texts in the headers (a school's when not given). */
  wording?: Wording;
  prepared: ResponseExport;
  batchSize?: number;
}

function tableOf({ t, wording, prepared }: ResponseStreamInput) {
  const instrument = instrumentByVersion(prepared.instrumentVersion, wording);
  return responseTable(t, instrument, prepared.groups, prepared.extras);
}

function batchesOf(input: ResponseStreamInput, table: ResponseTable) {
  return responseBatches(input.scope, input.measurementId, input.prepared.groups, table.columns, input.batchSize);
}

export function responsesCsvStream(input: ResponseStreamInput): ReadableStream<Uint8Array> {
  const table = tableOf(input);
  const dialect = csvDialect(input.locale);
  const encoder = new TextEncoder();
  const batches = batchesOf(input, table);
  const write = csvResponseWriter(table, dialect);
  let number = 0;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(BYTE_ORDER_MARK + csvLine(table.headers, dialect)));
    },
    async pull(controller) {
      const next = await batches.next();
      if (next.done) return controller.close();
      controller.enqueue(write(next.value, number + 1));
      number += next.value.length;
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
}

/**
 * The CSV of a batch of responses as bytes, the same as csvLine(table.row(response,
 * number)) for each, written straight into one buffer: a response's cells take a handful
 * of values (its group, 1–5, "don't know", empty), each encoded once per export. Formatting
 * every cell as text made ~5 kB of garbage a response, which V8 promoted faster than it
 * collected: the process grew 80–110 MB for 1,000,000 responses (docs/benchmarks.md).
 */
function csvResponseWriter(
  table: ResponseTable,
  dialect: CsvDialect,
): (batch: readonly ExportedResponse[], first: number) => Uint8Array {
  const encoder = new TextEncoder();
  const separator = dialect.separator.charCodeAt(0);
  const groups = new Map<string, Uint8Array>();
  const codes = new Map<number, Uint8Array>();
  let buffer = new Uint8Array(1 << 16);
  let at = 0;
  /** Appends bytes, or makes room for `length` bytes written after; always room for one byte more. */
  const write = (bytes: Uint8Array, length = bytes.length) => {
    if (at + length + 1 > buffer.length) {
      const larger = new Uint8Array(2 * (at + length + 1));
      larger.set(buffer.subarray(0, at));
      buffer = larger;
    }
    for (let i = 0; i < bytes.length; i++) buffer[at + i] = bytes[i]!;
    at += length;
  };
  const encoded = <K>(cache: Map<K, Uint8Array>, key: K, value: CsvValue) => {
    const bytes = encoder.encode(csvCell(value, dialect));
    cache.set(key, bytes);
    return bytes;
  };
  /** The running number as csvCell writes a whole number: its digits. */
  const writeDigits = (number: number) => {
    let digits = 1;
    for (let rest = number; rest >= 10; rest = Math.floor(rest / 10)) digits++;
    write(NO_BYTES, digits);
    for (let i = at - 1, rest = number; i >= at - digits; i--, rest = Math.floor(rest / 10))
      buffer[i] = DIGIT_ZERO + (rest % 10);
  };
  const end = encoder.encode("\r\n");
  return (batch, first) => {
    at = 0;
    for (const [index, response] of batch.entries()) {
      writeDigits(first + index);
      buffer[at++] = separator;
      write(groups.get(response.group) ?? encoded(groups, response.group, table.group(response.group)));
      for (let i = 0; i < table.columns.length; i++) {
        const code = response.codes.charCodeAt(i);
        buffer[at++] = separator;
        write(codes.get(code) ?? encoded(codes, code, table.cell(code)));
      }
      write(end);
    }
    return buffer.slice(0, at);
  };
}

const NO_BYTES = new Uint8Array(0);
const DIGIT_ZERO = 48;

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
