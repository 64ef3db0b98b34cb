/**
 * A QR code drawn into a PDF as vector squares, so it stays sharp at any print size. The library
 * loads at the first code drawn (as in qr-code.ts for the web pages).
 */
import { TEXT, type Doc } from "./layout.js";

/** Draws the code for `text` with its top left at (x, y), `size` points wide, with a quiet zone inside. */
export async function drawQrCode(doc: Doc, text: string, at: { x: number; y: number; size: number }): Promise<void> {
  const { default: QRCode } = await import("qrcode");
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const quiet = 2;
  const cell = at.size / (modules.size + 2 * quiet);
  doc.save().fillColor(TEXT);
  for (let row = 0; row < modules.size; row++)
    for (let col = 0; col < modules.size; col++)
      if (modules.get(row, col)) doc.rect(at.x + (col + quiet) * cell, at.y + (row + quiet) * cell, cell, cell);
  doc.fill().restore();
}
