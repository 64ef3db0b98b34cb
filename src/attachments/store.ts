/**
 * Storing and finding attachments, inside the owning feature's transaction: they are saved with
 * the record they belong to and deleted with it (`deleteAttachmentsOf`), so none outlives its
 * record and none is stored for a record that was refused.
 */
import { and, asc, eq, sql } from "drizzle-orm";
import type { Tx } from "../db/client.js";
import { ofOrg } from "../db/of-org.js";
import { orderedId } from "../db/ordered-id.js";
import { attachments } from "../db/schema/index.js";
import { claimDailyRoom } from "./quota.js";
import type { AttachmentMediaType, AttachmentOwnerRef, PreparedAttachment } from "./types.js";

/** An attachment without its bytes: what a page lists. */
export interface AttachmentInfo {
  id: string;
  ownerKind: string;
  ownerId: string;
  mediaType: AttachmentMediaType;
  fileName: string;
  size: number;
  width: number | null;
  height: number | null;
  createdAt: Date;
}

const info = {
  id: attachments.id,
  ownerKind: attachments.ownerKind,
  ownerId: attachments.ownerId,
  mediaType: attachments.mediaType,
  fileName: attachments.fileName,
  size: attachments.size,
  width: attachments.width,
  height: attachments.height,
  createdAt: attachments.createdAt,
};

/** The order they were stored in: the files of one post share their transaction's time. */
const inOrder = [asc(attachments.createdAt), asc(attachments.id)];

const ofOwner = (orgId: string, owner: AttachmentOwnerRef) =>
  and(eq(attachments.orgId, orgId), eq(attachments.ownerKind, owner.kind), eq(attachments.ownerId, owner.id));

/**
 * Stores checked files for a record; their ids, in order. Files a person uploaded must fit the
 * day's room (quota.ts), or an InputError on the files field rolls the record back with them.
 * One insert per file: a statement holds its values in memory several times over (as hex text on
 * the embedded database, whose WebAssembly memory keeps the size it once grew to), so one file at
 * a time bounds that to a file.
 */
export async function saveAttachments(
  tx: Tx,
  options: {
    orgId: string;
    owner: AttachmentOwnerRef;
    uploadedBy: string | null;
    files: readonly PreparedAttachment[];
  },
): Promise<string[]> {
  const room = options.files.find((file) => file.room)?.room;
  const bytes = options.files.reduce((sum, file) => sum + file.bytes.byteLength, 0);
  if (room) await claimDailyRoom(tx, room, { orgId: options.orgId, userId: options.uploadedBy }, bytes);
  const ids: string[] = [];
  for (const file of options.files) {
    const [row] = await tx
      .insert(attachments)
      .values({
        id: orderedId(),
        orgId: options.orgId,
        ownerKind: options.owner.kind,
        ownerId: options.owner.id,
        mediaType: file.mediaType,
        fileName: file.fileName,
        size: file.bytes.byteLength,
        width: file.width,
        height: file.height,
        content: file.bytes,
        uploadedBy: options.uploadedBy,
      })
      .returning({ id: attachments.id });
    if (!row) throw new Error("insert returned no row");
    ids.push(row.id);
  }
  return ids;
}

export async function attachmentsOf(tx: Tx, orgId: string, owner: AttachmentOwnerRef): Promise<AttachmentInfo[]> {
  const rows = await tx
    .select(info)
    .from(attachments)
    .where(ofOwner(orgId, owner))
    .orderBy(...inOrder);
  return rows as AttachmentInfo[];
}

/** Deletes every attachment of a record: call it where the record is deleted. */
export async function deleteAttachmentsOf(tx: Tx, orgId: string, owner: AttachmentOwnerRef): Promise<number> {
  const deleted = await tx.delete(attachments).where(ofOwner(orgId, owner)).returning({ id: attachments.id });
  return deleted.length;
}

/** Deletes one attachment of a record; false when the record has no such attachment. */
export async function deleteAttachment(
  tx: Tx,
  orgId: string,
  owner: AttachmentOwnerRef,
  attachmentId: string,
): Promise<boolean> {
  const deleted = await tx
    .delete(attachments)
    .where(and(ofOwner(orgId, owner), eq(attachments.id, attachmentId)))
    .returning({ id: attachments.id });
  return deleted.length > 0;
}

/** For a person's data export: the attachments they uploaded in the organisation, without the bytes. */
export async function attachmentsUploadedBy(tx: Tx, orgId: string, userId: string): Promise<AttachmentInfo[]> {
  const rows = await tx
    .select(info)
    .from(attachments)
    .where(ofOrg(attachments, orgId, { uploadedBy: userId }))
    .orderBy(...inOrder);
  return rows as AttachmentInfo[];
}

/** One attachment without its bytes, whichever record it belongs to. */
export async function attachmentInfo(tx: Tx, orgId: string, attachmentId: string): Promise<AttachmentInfo | null> {
  const [row] = await tx
    .select(info)
    .from(attachments)
    .where(ofOrg(attachments, orgId, { id: attachmentId }));
  return (row as AttachmentInfo | undefined) ?? null;
}

/**
 * Part of an attachment's bytes, at most `length` from `offset`, read only once its owner said yes;
 * null when it is gone. The bytes are stored uncompressed out of line, so the database reads only
 * the part's own pieces of the value.
 */
export async function attachmentPart(
  tx: Tx,
  orgId: string,
  attachmentId: string,
  part: { offset: number; length: number },
): Promise<Uint8Array | null> {
  const [row] = await tx
    .select({
      bytes: sql<Uint8Array>`substring(${attachments.content} from ${part.offset + 1}::int for ${part.length}::int)`,
    })
    .from(attachments)
    .where(ofOrg(attachments, orgId, { id: attachmentId }));
  return row?.bytes ?? null;
}
