/**
 * Splits decoded CSV text into a header and data rows. Dutch Excel saves CSV
 * with semicolons, other tools use commas or tabs, so the delimiter is guessed
 * from the header line.
 */
import type * as CsvParse from "csv-parse";
import { packageAtFirstUse } from "../../lib/load-package.js";
import { eachInTurns, nextTurn } from "./turns.js";

/** Loaded with the first file imported. */
const csv = packageAtFirstUse<typeof CsvParse>("csv-parse");

/** Bytes of text csv-parse reads between two turns of the event loop (turns.ts). */
const BYTES_PER_TURN = 64 * 1024;

export type Delimiter = "," | ";" | "\t";

export interface Table {
  headers: string[];
  /** Data rows; cells trimmed. Rows may be shorter or longer than the header. */
  rows: string[][];
  /** For rows[i]: the row number a spreadsheet shows (header = 1, first data row = 2). */
  rowNumbers: number[];
  /** For rows[i]: the text line the row starts on (differs when a quoted cell holds a newline). */
  lineNumbers: number[];
  delimiter: Delimiter;
}

export type ImportFileErrorCode = "import.file.empty" | "import.file.malformed";

/** The file as a whole cannot be read; `code` is a message key. */
export class ImportFileError extends Error {
  constructor(
    readonly code: ImportFileErrorCode,
    readonly line?: number,
  ) {
    super(line === undefined ? code : `${code} (line ${line})`);
    this.name = "ImportFileError";
  }
}

/** Counts candidate delimiters on the first line, ignoring anything inside quotes. */
export function detectDelimiter(text: string): Delimiter {
  const counts: Record<Delimiter, number> = { ";": 0, "\t": 0, ",": 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === "\n") break;
    else if (!quoted && (ch === ";" || ch === "\t" || ch === ",")) counts[ch] += 1;
  }
  // On a tie, prefer semicolon (Dutch Excel), then tab; a one-column file is fine as comma.
  const most = Math.max(counts[";"], counts["\t"], counts[","]);
  if (most === 0) return ",";
  return counts[";"] === most ? ";" : counts["\t"] === most ? "\t" : ",";
}

interface ParsedRecord {
  record: string[];
  raw: string;
}

export async function parseTable(text: string): Promise<Table> {
  const delimiter = detectDelimiter(text);
  let records: ParsedRecord[];
  try {
    records = await parseRecords(text, {
      delimiter,
      raw: true,
      relax_column_count: true,
      // Exports contain things like `Jan "Johnny" Jansen` in unquoted cells.
      relax_quotes: true,
      // Keep empty lines as records so spreadsheet row numbers stay right; they are dropped below.
      skip_empty_lines: false,
      trim: true,
    });
  } catch (error) {
    const line = (error as { lines?: unknown }).lines;
    throw new ImportFileError("import.file.malformed", typeof line === "number" ? line : undefined);
  }

  const [first, ...rest] = records;
  const headers = first?.record.map((cell) => cell.trim()) ?? [];
  if (headers.every((h) => h === "")) throw new ImportFileError("import.file.empty");

  const table: Table = { headers, rows: [], rowNumbers: [], lineNumbers: [], delimiter };
  let line = 1 + countNewlines(first?.raw ?? "");
  await eachInTurns(rest, ({ record, raw }, index) => {
    const cells = record.map((cell) => cell.trim());
    if (cells.some((cell) => cell !== "")) {
      table.rows.push(cells);
      table.rowNumbers.push(index + 2);
      table.lineNumbers.push(line);
    }
    line += countNewlines(raw);
  });
  return table;
}

/**
 * csv-parse's stream fed a piece of the text at a time, with a turn of the event loop between two
 * pieces: the same records as its one-call parse, which is the same parser fed everything at once.
 */
async function parseRecords(text: string, options: CsvParse.Options): Promise<ParsedRecord[]> {
  const parser = csv().parse(options);
  const records: ParsedRecord[] = [];
  parser.on("data", (record: ParsedRecord) => records.push(record));
  // Settles with the error instead of rejecting: an error while pieces are still being written
  // must not be an unhandled rejection before it is awaited.
  const ended = new Promise<unknown>((resolve) => {
    parser.on("error", resolve);
    parser.on("end", () => resolve(null));
  });
  // Cut as bytes, which is what the parser reads: a cut never splits a character into two halves.
  const bytes = Buffer.from(text);
  for (let at = 0; at < bytes.length && !parser.errored; at += BYTES_PER_TURN) {
    parser.write(bytes.subarray(at, at + BYTES_PER_TURN));
    await nextTurn();
  }
  if (!parser.errored) parser.end();
  const error = await ended;
  if (error) throw error;
  return records;
}

function countNewlines(raw: string): number {
  let n = 0;
  for (let i = raw.indexOf("\n"); i !== -1; i = raw.indexOf("\n", i + 1)) n += 1;
  return n;
}
