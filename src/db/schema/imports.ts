/**
 * Uploaded import files, kept between the upload, the column mapping, the
 * preview and the confirmation, so the file never travels back and forth
 * through the browser. Rows are deleted once imported, and uploads older than
 * a day are deleted whenever a new one arrives.
 */
import { index, jsonb, text } from "drizzle-orm/pg-core";
import { bytea, createdAt, owner } from "./columns.js";
import { orgTable } from "./organisations.js";

export const importUploads = orgTable(
  "import_uploads",
  {
    createdBy: owner("created_by"),
    fileName: text("file_name").notNull(),
    /** The file's bytes as uploaded: decoding happens in code, and text could not hold a NUL byte. */
    content: bytea("content").notNull(),
    /** The field (or "ignore") per column chosen on the mapping screen; null: recognised from the headers. */
    columns: jsonb("columns").$type<string[]>(),
    createdAt: createdAt(),
  },
  (t) => [index("import_uploads_created_idx").on(t.orgId, t.createdAt)],
);
