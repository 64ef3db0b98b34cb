/**
 * The analysis of a stored upload, made once: reading and checking a file is the import's costly
 * step (seconds for a 5 MB export, made in pieces so that others are answered meanwhile, see
 * turns.ts), and the preview is loaded again with every reload, language switch and group choice.
 * The analysis made at upload is kept here, per upload and column choice, and a preview reuses
 * it; a new column choice analyses once more. Kept in this process's memory, the few most recent
 * only (an analysis holds every row): a preview served by another process, or after a restart,
 * analyses once again, which costs that one person the seconds and nobody else. Not stored with
 * the upload: a second copy of every row in the database, and reading it back would be one
 * JSON.parse of several times the file's size, itself blocking (docs/benchmarks.md, import).
 */
import type { Db } from "../../db/client.js";
import { analyseFile, type Analysis } from "./analyse.js";
import { uploadContent, type Upload, type UploadScope } from "./uploads.js";

/** A school leader imports one file at a time; a few cover several leaders at once. */
const KEPT = 4;

const kept = new Map<string, Analysis>();

const keyOf = (uploadId: string, columns: Upload["columns"]) => `${uploadId} ${JSON.stringify(columns)}`;

/** Keeps an analysis of an upload (made before the upload had its id). */
export function keepAnalysis(uploadId: string, columns: Upload["columns"], analysis: Analysis): void {
  const key = keyOf(uploadId, columns);
  kept.delete(key);
  kept.set(key, analysis);
  // Maps iterate in insertion order: the first is the least recently used.
  for (const oldest of kept.keys()) {
    if (kept.size <= KEPT) break;
    kept.delete(oldest);
  }
}

/** The upload's analysis with its chosen columns: the kept one, or made (reading the file) and kept now. */
export async function analysisOf(db: Db, scope: UploadScope, upload: Upload): Promise<Analysis> {
  const analysis =
    kept.get(keyOf(upload.id, upload.columns)) ??
    (await analyseFile(await uploadContent(db, scope, upload.id), { columns: upload.columns }));
  keepAnalysis(upload.id, upload.columns, analysis);
  return analysis;
}
