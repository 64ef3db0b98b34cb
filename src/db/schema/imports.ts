/**
 * Uploaded import files, kept between the upload, the column mapping, the
 * preview and the confirmation, so the file never travels back and forth
 * through the browser. Rows are deleted once imported, and uploads older than
 * a day are deleted whenever a new one arrives.
 */
import { index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts.js";
import { bytea } from "./columns.js";
import { organisations } from "./organisations.js";

export const importUploads = pgTable(
  "import_uploads",
  {
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    id: uuid("id").notNull().defaultRandom(),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    fileName: text("file_name").notNull(),
    /** The file's bytes as uploaded: decoding happens in code, and text could not hold a NUL byte. */
    content: bytea("content").notNull(),
    /** The field (or "ignore") per column chosen on the mapping screen; null: recognised from the headers. */
    columns: jsonb("columns").$type<string[]>(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.id] }), index("import_uploads_created_idx").on(t.orgId, t.createdAt)],
);
