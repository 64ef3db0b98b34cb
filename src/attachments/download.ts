/**
 * Sending an attachment: only to a person its owning record's feature lets see it (owners.ts),
 * asked on every request, in the organisation's row-level-security transaction. Anything else,
 * another school's attachment included, is "not found", so an id tells nobody whether it exists.
 *
 * The response cannot act as a page of Samen: the type is the one checked from the bytes and
 * nosniff holds the browser to it, a sandboxing CSP without any source stops a script even in a
 * PDF opened in the browser, a PDF is a download. Like every page here it is not kept by a
 * browser or proxy (no-store): access is decided per request, and a photo of children stays off
 * a shared computer's disk.
 *
 * The bytes are read a part (DOWNLOAD_PART_BYTES) at a time, each further part when the client has
 * taken the one before, in a short transaction of its own: a large file is never whole in memory
 * (on the embedded database a read value is also a hex string of twice its size), and a slow
 * client holds no connection (on PGlite, the only one). A file deleted while it is sent ends the
 * download cut short.
 */
import type { Viewer } from "../auth/viewer.js";
import type { Tx } from "../db/client.js";
import { inOrg, type OrgScope, type ViewerScope } from "../db/org-scope.js";
import { contentDisposition } from "./names.js";
import { ownerOfKind } from "./owners.js";
import { attachmentInfo, attachmentPart, type AttachmentInfo } from "./store.js";
import { attachmentTypes } from "./types.js";

/** How much of a file a download reads from the database at once. */
export const DOWNLOAD_PART_BYTES = 1024 * 1024;

export interface Download {
  info: AttachmentInfo;
  /** The first part of the bytes, read with the owner's yes: a photo's whole. */
  first: Uint8Array;
}

type DownloadScope = ViewerScope & { viewer: Viewer; attachmentId: string };

const partOf = (tx: Tx, scope: OrgScope, id: string, offset: number) =>
  attachmentPart(tx, scope.orgId, id, { offset, length: DOWNLOAD_PART_BYTES });

/** The attachment with the first part of its bytes when the viewer may see it; null otherwise. */
export function readAttachment(scope: DownloadScope): Promise<Download | null> {
  return inOrg(scope, async (tx) => {
    const found = await attachmentInfo(tx, scope.orgId, scope.attachmentId);
    const owner = found && ownerOfKind(found.ownerKind);
    if (!found || !owner) return null;
    if (!(await owner.maySee({ tx, viewer: scope.viewer, orgId: scope.orgId, ownerId: found.ownerId }))) return null;
    const first = await partOf(tx, scope, found.id, 0);
    return first && { info: found, first };
  });
}

/** The bytes from the first part on, each further part read when the client wants it. */
function partsOf(scope: OrgScope, { info, first }: Download): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const part = offset === 0 ? first : await inOrg(scope, (tx) => partOf(tx, scope, info.id, offset));
      if (!part?.byteLength) return controller.error(new Error("attachment gone while it was sent"));
      controller.enqueue(part);
      offset += part.byteLength;
      if (offset >= info.size) controller.close();
    },
  });
}

export function downloadHeaders(info: AttachmentInfo): Record<string, string> {
  const disposition = attachmentTypes[info.mediaType].image ? "inline" : "attachment";
  return {
    "Content-Type": info.mediaType,
    "Content-Length": String(info.size),
    "Content-Disposition": contentDisposition(disposition, info.fileName),
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; img-src 'self'; sandbox",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Cache-Control": "private, no-store",
  };
}

export function downloadResponse(scope: OrgScope, download: Download): Response {
  const whole = download.first.byteLength >= download.info.size;
  const body = whole ? (download.first as Uint8Array<ArrayBuffer>) : partsOf(scope, download);
  return new Response(body, { status: 200, headers: downloadHeaders(download.info) });
}
