/**
 * The page and type of every PDF Samen makes: A4 with margins, the embedded fonts of fonts.ts, the
 * colours of the web pages (styles.css), and small text helpers that start a new page when a block
 * would not fit.
 */
import { BOLD, FONT } from "./fonts.js";

export { BOLD, FONT };

export type Doc = PDFKit.PDFDocument;

export const MARGIN = 50;
export const TEXT = "#1d1f24";
export const MUTED = "#4a4f59";
export const LINE = "#c9ccd3";
export const HIGHLIGHT = "#fdf1d8";
export const ACCENT = "#1f5f8b";

/** The width between the margins. */
export const contentWidth = (doc: Doc) => doc.page.width - 2 * MARGIN;

/** Starts a new page unless `height` points still fit above the bottom margin. */
export function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
}

export function heading(doc: Doc, text: string, size = 16): void {
  ensureSpace(doc, size * 4);
  doc
    .moveDown(0.5)
    .font(BOLD)
    .fontSize(size)
    .fillColor(TEXT)
    .text(text, MARGIN, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.4).font(FONT).fontSize(10);
}

export function paragraph(doc: Doc, text: string, colour = TEXT): void {
  doc
    .font(FONT)
    .fontSize(10)
    .fillColor(colour)
    .text(text, MARGIN, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.5);
}

/** Writing lines across the page from the current position, for forms filled in on paper. */
export function writingLines(doc: Doc, count: number, gap = 22): void {
  const right = doc.page.width - MARGIN;
  for (let i = 0; i < count; i++) {
    const y = doc.y + gap;
    doc.moveTo(MARGIN, y).lineTo(right, y).lineWidth(0.5).strokeColor(LINE).stroke();
    doc.y = y;
  }
  doc.moveDown(0.8);
}
