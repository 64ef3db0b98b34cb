/**
 * Images are re-encoded before anyone else sees them: turned upright by their EXIF orientation,
 * then written anew without any metadata (sharp keeps none unless asked), so a photo's GPS
 * position, camera serial number and time never reach other parents. Re-encoding also means the
 * bytes served are sharp's, not the uploader's: a file that only starts like a JPEG is refused.
 */
import type { Sharp } from "sharp";
import type { AttachmentMediaType } from "./types.js";

/** Larger is more than any screen shows; a phone's 48-megapixel photo shrinks to a fraction. */
const MAX_EDGE = 2560;
/** Refuses a decompression bomb (a small file that decodes to gigabytes) before decoding it. */
const MAX_INPUT_PIXELS = 100_000_000;

export interface EncodedImage {
  bytes: Uint8Array;
  width: number;
  height: number;
}

function encoder(image: Sharp, mediaType: AttachmentMediaType): Sharp {
  switch (mediaType) {
    case "image/png":
      return image.png();
    case "image/webp":
      return image.webp({ quality: 85 });
    case "image/gif":
      return image.gif();
    default:
      return image.jpeg({ quality: 85, mozjpeg: true });
  }
}

/** The image upright, at most MAX_EDGE wide and high, in its own format, without metadata; throws for a damaged file. */
export async function reencodeImage(bytes: Uint8Array, mediaType: AttachmentMediaType): Promise<EncodedImage> {
  // Loaded at the first image: sharp and its native library cost a start ~0.1 s and ~25 MB.
  const { default: sharp } = await import("sharp");
  const image = sharp(bytes, {
    limitInputPixels: MAX_INPUT_PIXELS,
    animated: mediaType === "image/gif",
    failOn: "error",
  })
    .autoOrient()
    .resize({ width: MAX_EDGE, height: MAX_EDGE, fit: "inside", withoutEnlargement: true });
  const { data, info } = await encoder(image, mediaType).toBuffer({ resolveWithObject: true });
  return {
    bytes: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
    width: info.width,
    height: info.height,
  };
}
