/**
 * From the bytes of an uploaded file to checked rows: the part of the import
 * that the web screens and the command line share. Pure; nothing is written.
 */
import { decodeCsv } from "./decode.js";
import { isField, REQUIRED_FIELDS } from "./fields.js";
import type { Field } from "./fields.js";
import { recogniseHeaders } from "./headers.js";
import type { HeaderOverrides } from "./headers.js";
import { ImportFileError, parseTable } from "./parse.js";
import type { Table } from "./parse.js";
import { validateRows } from "./rows.js";
import type { RowResult } from "./rows.js";

/** A field, or "ignore", per column: what the mapping screen stores. */
export type ColumnChoice = Field | "ignore";

export type FileProblem = ImportFileError["code"] | "import.file.notCsv" | "import.file.noRows";

/** The file cannot be imported at all; `code` is a message key. */
export class ImportFileProblem extends Error {
  constructor(readonly code: FileProblem) {
    super(code);
    this.name = "ImportFileProblem";
  }
}

export interface Analysis {
  table: Table;
  mapping: Map<number, Field>;
  /** Columns that will not be imported because nothing recognised them. */
  unrecognised: { column: number; header: string }[];
  missingRequired: Field[];
  /** Override keys (`--map`) that match no column. */
  unusedOverrides: string[];
  /** Empty while a required field has no column: then no row can be judged. */
  rows: RowResult[];
}

export interface AnalyseOptions {
  /** Choices from the mapping screen, one per column; they replace recognition. */
  columns?: readonly string[] | null;
  /** Header → field from the command line; recognition does the rest. */
  overrides?: HeaderOverrides;
  today?: string;
}

// Spreadsheet files saved without "Save as CSV": xlsx is a zip, xls an OLE2 container.
const BINARY_SIGNATURES = [
  [0x50, 0x4b, 0x03, 0x04],
  [0xd0, 0xcf, 0x11, 0xe0],
];

export async function readTable(bytes: Uint8Array): Promise<Table> {
  if (bytes.length === 0) throw new ImportFileProblem("import.file.empty");
  if (BINARY_SIGNATURES.some((sig) => sig.every((b, i) => bytes[i] === b))) {
    throw new ImportFileProblem("import.file.notCsv");
  }
  const text = decodeCsv(bytes);
  // A NUL character never occurs in a text export; it means a binary file (a picture, a PDF).
  if (text.includes("\u0000")) throw new ImportFileProblem("import.file.notCsv");
  try {
    const table = await parseTable(text);
    if (table.rows.length === 0) throw new ImportFileProblem("import.file.noRows");
    return table;
  } catch (error) {
    if (error instanceof ImportFileError) throw new ImportFileProblem(error.code);
    throw error;
  }
}

/** Reads and checks the file in pieces, answering other requests between two (turns.ts). */
export async function analyseFile(bytes: Uint8Array, options: AnalyseOptions = {}): Promise<Analysis> {
  const table = await readTable(bytes);
  const recognised = options.columns
    ? fromChoices(table.headers, options.columns)
    : recogniseHeaders(table.headers, options.overrides);
  const rows =
    recognised.missingRequired.length > 0
      ? []
      : await validateRows(table, recognised.mapping, options.today ? { today: options.today } : {});
  return { table, ...recognised, rows };
}

/** Stored choices as a mapping; a column beyond the stored list is ignored. */
function fromChoices(headers: readonly string[], choices: readonly string[]) {
  const mapping = new Map<number, Field>();
  headers.forEach((_, column) => {
    const choice = choices[column];
    if (choice !== undefined && isField(choice)) mapping.set(column, choice);
  });
  const taken = new Set(mapping.values());
  return {
    mapping,
    unrecognised: [],
    missingRequired: REQUIRED_FIELDS.filter((field) => !taken.has(field)),
    unusedOverrides: [],
  };
}

/** What the mapping screen shows first: the recognised field per column, else "ignore". */
export function initialChoices(analysis: Pick<Analysis, "table" | "mapping">): ColumnChoice[] {
  return analysis.table.headers.map((_, column) => analysis.mapping.get(column) ?? "ignore");
}

/** A choice list is usable when every required field has a column and no field has two. */
export function checkChoices(choices: readonly ColumnChoice[]): {
  duplicates: number[];
  missingRequired: Field[];
} {
  const seen = new Set<Field>();
  const duplicates: number[] = [];
  choices.forEach((choice, column) => {
    if (choice === "ignore") return;
    if (seen.has(choice)) duplicates.push(column);
    seen.add(choice);
  });
  return { duplicates, missingRequired: REQUIRED_FIELDS.filter((f) => !seen.has(f)) };
}
