import type { DailyRoom } from "./quota.js";

/** What an attachment may be, checked from its bytes: the media types, their extensions, which are images. */
export const attachmentTypes = {
  "image/jpeg": { extension: "jpg", image: true },
  "image/png": { extension: "png", image: true },
  "image/webp": { extension: "webp", image: true },
  "image/gif": { extension: "gif", image: true },
  "application/pdf": { extension: "pdf", image: false },
} as const;

export type AttachmentMediaType = keyof typeof attachmentTypes;

export function isAttachmentType(mediaType: string): mediaType is AttachmentMediaType {
  return Object.hasOwn(attachmentTypes, mediaType);
}

/** A file ready to store: checked, an image re-encoded, its name made safe. */
export interface PreparedAttachment {
  mediaType: AttachmentMediaType;
  fileName: string;
  bytes: Uint8Array;
  width: number | null;
  height: number | null;
  /** For what a person uploaded: the day's room it must fit in, with its request's other files, when stored. */
  room?: DailyRoom;
}

/** The record an attachment belongs to: the feature's kind of record ("news_post") and its id. */
export interface AttachmentOwnerRef {
  kind: string;
  id: string;
}
