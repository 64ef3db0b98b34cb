/**
 * Who may see an attachment is its owning record's question: a news post's attachment is for
 * the groups the post is for, a message's for the thread's people. The feature that owns a kind
 * of record answers through its manifest, `contributes: [contribution(attachmentOwners, { kind,
 * maySee })]`; the download route asks it before sending a byte. A kind nobody answers for is
 * seen by nobody.
 */
import type { Viewer } from "../auth/viewer.js";
import type { Tx } from "../db/client.js";
import { contributionsTo, extensionPoint } from "../web/extension.js";

export interface AttachmentOwner {
  /** The `owner_kind` of the attachments this feature owns ("news_post"). */
  kind: string;
  /** In the viewer's organisation's transaction: may this person see this record's attachments? */
  maySee(question: { tx: Tx; viewer: Viewer; orgId: string; ownerId: string }): Promise<boolean>;
}

export const attachmentOwners = extensionPoint<AttachmentOwner>("attachments.owner");

export function ownerOfKind(kind: string): AttachmentOwner | undefined {
  return contributionsTo(attachmentOwners).find((owner) => owner.kind === kind);
}
