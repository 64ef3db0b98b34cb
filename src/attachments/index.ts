/**
 * Attachments (docs/decisions/008-attachments-in-the-database.md): images and PDFs of a feature's
 * records, checked from their bytes, images re-encoded without metadata, stored in the database,
 * served only to whom the owning feature allows.
 *
 * A feature that takes attachments:
 * - reads them from its multipart form with `readAttachmentUploads(c, "files")` (a refusal is a
 *   message key with the file's name) and gives its upload path `attachmentBodyLimit` in its
 *   manifest's `bodyLimits` (it takes the upload gate and the limit of a request with files;
 *   another upload, such as the import's, wraps its own limit in `uploadGate`);
 * - stores them in the transaction that stores its record (`saveAttachments`, which claims the
 *   day's room and refuses with an InputError on the files field: the route wraps the service call
 *   in `orInputRefusal`) and deletes them in the one that deletes it (`deleteAttachmentsOf`);
 * - answers who may see them: `contributes: [contribution(attachmentOwners, { kind, maySee })]`;
 * - links to `attachmentPath(id)`, for an image in an `<img>`.
 */
export { attachmentBodyLimit } from "./body-limit.js";
export type { AttachmentLimits } from "./check.js";
export { attachmentOwners, type AttachmentOwner } from "./owners.js";
export { attachmentPath } from "./routes.js";
export {
  attachmentsOf,
  attachmentsUploadedBy,
  deleteAttachment,
  deleteAttachmentsOf,
  saveAttachments,
  type AttachmentInfo,
} from "./store.js";
export type { AttachmentOwnerRef, PreparedAttachment } from "./types.js";
export { attachmentLimits, readAttachmentUploads, type UploadResult } from "./upload.js";
export { uploadGate } from "./upload-gate.js";
