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
 */
import type { Viewer } from "../auth/viewer.js";
import { inOrg, type ViewerScope } from "../db/org-scope.js";
import { contentDisposition } from "./names.js";
import { ownerOfKind } from "./owners.js";
import { attachmentContent, attachmentInfo, type AttachmentInfo } from "./store.js";
import { attachmentTypes } from "./types.js";

export interface Download {
  info: AttachmentInfo;
  bytes: Uint8Array;
}

/** The attachment with its bytes when the viewer may see it; null otherwise. */
export function readAttachment(
  scope: ViewerScope & { viewer: Viewer; attachmentId: string },
): Promise<Download | null> {
  return inOrg(scope, async (tx) => {
    const found = await attachmentInfo(tx, scope.orgId, scope.attachmentId);
    const owner = found && ownerOfKind(found.ownerKind);
    if (!found || !owner) return null;
    if (!(await owner.maySee({ tx, viewer: scope.viewer, orgId: scope.orgId, ownerId: found.ownerId }))) return null;
    const bytes = await attachmentContent(tx, scope.orgId, found.id);
    return bytes && { info: found, bytes };
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

export function downloadResponse({ info, bytes }: Download): Response {
  return new Response(bytes as Uint8Array<ArrayBuffer>, { status: 200, headers: downloadHeaders(info) });
}
