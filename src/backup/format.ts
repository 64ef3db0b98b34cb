/**
 * The backup file: gzip'd JSON Lines, the same for PGlite and PostgreSQL.
 *
 *   line 1          {"format":"samen-backup","version":1,"schemaMigration":…,"createdAt":…,"tables":[…]}
 *   per table       ["table","<name>"] followed by one JSON object per row (row_to_json)
 *   last line       ["end",{"<table>":<row count>,…}]
 *
 * Rows are objects and control lines are arrays, so the two never mix up. The
 * rows are written and read as PostgreSQL's own JSON text, never parsed in
 * JavaScript, so no value (bigint, numeric, timestamp) loses precision.
 */
import { z } from "zod";
import { BackupError } from "./backup-error.js";

export const FORMAT = "samen-backup";
export const VERSION = 1;

const headerSchema = z.object({
  format: z.literal(FORMAT),
  version: z.number().int(),
  schemaMigration: z.string(),
  createdAt: z.string(),
  tables: z.array(z.object({ name: z.string(), columns: z.array(z.string()) })),
});
export type Header = z.infer<typeof headerSchema>;

const controlSchema = z.union([
  z.tuple([z.literal("table"), z.string()]),
  z.tuple([z.literal("end"), z.record(z.string(), z.number().int())]),
]);
export type Control = z.infer<typeof controlSchema>;

export function parseHeader(line: string | undefined): Header {
  const header = headerSchema.safeParse(safeJson(line));
  if (!header.success) throw new BackupError("This file is not a Samen backup.");
  if (header.data.version !== VERSION) {
    throw new BackupError(
      `This backup has format version ${header.data.version}; this version of Samen reads version ${VERSION}.`,
    );
  }
  return header.data;
}

export function isRow(line: string): boolean {
  return line.startsWith("{");
}

export function parseControl(line: string): Control {
  const control = controlSchema.safeParse(safeJson(line));
  if (!control.success) throw new BackupError(`The backup file is damaged: unexpected line ${line.slice(0, 80)}`);
  return control.data;
}

function safeJson(line: string | undefined): unknown {
  try {
    return JSON.parse(line ?? "");
  } catch {
    return undefined;
  }
}
