/**
 * Attachments (src/attachments, docs/decisions/008-attachments-in-the-database.md): images and
 * PDFs that belong to a record of some feature (a news post, a message), named by `owner_kind`
 * and `owner_id`. The bytes are stored here, so a backup holds them and both databases behave
 * alike. Images are stored re-encoded, without their camera metadata.
 *
 * Personal data: the file (a photo may show people) and who uploaded it. Kept as long as the
 * owning record: the owning feature deletes its attachments in the transaction that deletes the
 * record (`deleteAttachmentsOf`); deleting the organisation deletes them all; deleting the
 * uploader's account keeps the file with its record and forgets who uploaded it. A person's
 * export lists the attachments they uploaded (`attachmentsUploadedBy`), by name, type and date.
 */
import { sql } from "drizzle-orm";
import { check, index, integer, text, uuid } from "drizzle-orm/pg-core";
import { bytea, createdAt, lengthCheck, person } from "./columns.js";
import { orgTable } from "./organisations.js";

export const attachments = orgTable(
  "attachments",
  {
    /** Which feature's record it belongs to ("news_post"); that feature decides who may see it. */
    ownerKind: text("owner_kind").notNull(),
    ownerId: uuid("owner_id").notNull(),
    /** From the bytes, never from the name or what the browser declared. */
    mediaType: text("media_type").notNull(),
    /** Safe to send as a download name: no path, no control characters, no quotes. */
    fileName: text("file_name").notNull(),
    size: integer("size").notNull(),
    width: integer("width"),
    height: integer("height"),
    content: bytea("content").notNull(),
    uploadedBy: person("uploaded_by"),
    createdAt: createdAt(),
  },
  (t) => [
    index("attachments_owner_idx").on(t.orgId, t.ownerKind, t.ownerId),
    index("attachments_uploaded_by_idx").on(t.uploadedBy),
    check(
      "attachments_media_type_check",
      sql`${t.mediaType} in ('image/jpeg', 'image/png', 'image/webp', 'image/gif', 'application/pdf')`,
    ),
    check("attachments_size_check", sql`${t.size} > 0 and ${t.size} = octet_length(${t.content})`),
    lengthCheck(t.fileName, 1, 200),
  ],
);
