/**
 * Turns the bytes of an uploaded export into text. School administration
 * systems and Excel save CSV in different encodings: modern exports are UTF-8
 * (often with a BOM), Excel "Unicode text" is UTF-16 LE with a BOM, and older
 * ParnasSys/Excel-on-Windows files are Windows-1252 without any marker.
 */
import type * as Iconv from "iconv-lite";
import { packageAtFirstUse } from "../../lib/load-package.js";

/** Loaded for the first file that is not UTF-8. */
const iconv = packageAtFirstUse<typeof Iconv>("iconv-lite");

export function decodeCsv(bytes: Uint8Array): string {
  return normaliseLineEndings(decodeBytes(bytes));
}

function decodeBytes(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return iconv().decode(buffer.subarray(2), "utf16le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return iconv().decode(buffer.subarray(2), "utf16be");
  try {
    // TextDecoder drops a UTF-8 BOM by itself; `fatal` makes it throw on bytes
    // that cannot be UTF-8, which is how we recognise a Windows-1252 file.
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return iconv().decode(buffer, "win1252");
  }
}

/** CRLF (Windows) and lone CR (old Mac Excel) become LF, so row counting is simple. */
function normaliseLineEndings(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}
