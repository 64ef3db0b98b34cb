/**
 * An uploaded file checked before it is stored: not empty, not too large, an image or a PDF by
 * its bytes (file-type reads the signature; the name and the type the browser declared are
 * ignored, so a renamed .exe or an SVG with a script inside is refused), an image re-encoded
 * (images.ts), a PDF kept as it is, and a safe name (names.ts).
 */
import { reencodeImage } from "./images.js";
import { cleanFileName, safeFileName } from "./names.js";
import { attachmentTypes, isAttachmentType, type PreparedAttachment } from "./types.js";

export interface AttachmentLimits {
  /** Largest file, in bytes, as uploaded. */
  maxBytes: number;
  /** Most files in one upload. */
  maxFiles: number;
}

export type AttachmentProblem = "empty" | "tooLarge" | "type" | "damaged" | "tooMany";

export type Checked = { ok: true; file: PreparedAttachment } | { ok: false; problem: AttachmentProblem; name: string };

export async function prepareAttachment(
  file: { name: string; bytes: Uint8Array },
  limits: AttachmentLimits,
): Promise<Checked> {
  const refuse = (problem: AttachmentProblem): Checked => ({ ok: false, problem, name: cleanFileName(file.name) });
  if (file.bytes.byteLength === 0) return refuse("empty");
  if (file.bytes.byteLength > limits.maxBytes) return refuse("tooLarge");
  // Loaded at the first upload, not at every start.
  const { fileTypeFromBuffer } = await import("file-type");
  const mediaType = (await fileTypeFromBuffer(file.bytes))?.mime;
  if (!mediaType || !isAttachmentType(mediaType)) return refuse("type");
  const { extension, image } = attachmentTypes[mediaType];
  const fileName = safeFileName(file.name, extension);
  if (!image) return { ok: true, file: { mediaType, fileName, bytes: file.bytes, width: null, height: null } };
  try {
    const encoded = await reencodeImage(file.bytes, mediaType);
    return { ok: true, file: { mediaType, fileName, ...encoded } };
  } catch {
    return refuse("damaged");
  }
}
