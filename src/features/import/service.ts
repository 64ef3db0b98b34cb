/**
 * The web import's steps over a stored upload: read it with the chosen
 * columns, compare it with the database for the preview, and import it.
 */
import { withOrg, type Db } from "../../db/client.js";
import type { Analysis } from "./analyse.js";
import { applyImportInTx, type ImportOutcome, type Progress } from "./apply.js";
import { loadExisting, type SchoolYearRef } from "./load-existing.js";
import { planImport, type GroupDecisions, type ImportPlan } from "./plan.js";
import type { InvalidRow, RowResult, ValidRow } from "./rows.js";
import { takeUpload, type Upload, type UploadScope } from "./uploads.js";

/**
 * The mapping screen comes first when a required field has no column, or when
 * recognition left columns over and the user has not chosen yet: an unknown
 * column may well hold something the school wants imported.
 */
export function needsColumns(chosen: Upload["columns"], analysis: Analysis): boolean {
  return analysis.missingRequired.length > 0 || (chosen === null && analysis.unrecognised.length > 0);
}

export interface Preview {
  upload: { id: string; fileName: string };
  rowCount: number;
  plan: ImportPlan;
  rejected: InvalidRow[];
  warnings: ValidRow[];
  schoolYear: SchoolYearRef | null;
  /** Only a file without a single rejected row, in an organisation with a current school year. */
  canConfirm: boolean;
}

/** `groups`: what the person chose on the preview for new group names (none when it is first shown). */
export async function buildPreview(
  db: Db,
  scope: UploadScope,
  upload: Upload,
  analysis: Analysis,
  groups?: GroupDecisions,
): Promise<Preview> {
  const existing = await loadExisting({ db, ...scope });
  const rejected = analysis.rows.filter((r): r is InvalidRow => !r.ok);
  return {
    upload: { id: upload.id, fileName: upload.fileName },
    rowCount: analysis.rows.length,
    plan: await planImport({ rows: analysis.rows, existing, groups }),
    rejected,
    warnings: analysis.rows.filter((r): r is ValidRow => r.ok && r.warnings.length > 0),
    schoolYear: existing.schoolYear,
    canConfirm: rejected.length === 0 && existing.schoolYear !== null,
  };
}

/**
 * Imports the rows and deletes the upload in one transaction. Null when the
 * upload was already taken (imported from another tab, or expired).
 */
export function importUpload(
  db: Db,
  scope: UploadScope,
  input: { uploadId: string; rows: readonly RowResult[]; groups: GroupDecisions; onProgress: Progress },
): Promise<ImportOutcome | null> {
  return withOrg(db, scope, async (tx) => {
    if (!(await takeUpload(tx, scope, input.uploadId))) return null;
    const { rows, groups, onProgress } = input;
    return applyImportInTx(tx, { ...scope, rows, groups, onProgress });
  });
}
