/**
 * The report's page and type: A4 with margins, Helvetica (built into every
 * PDF reader, so nothing is embedded), the group colours of the web page's
 * radar (styles.css), and small helpers that start a new page when a block
 * would not fit.
 */
import type PDFDocument from "pdfkit";
import type { RespondentGroup } from "../../domain/instrument.js";

export type Doc = PDFKit.PDFDocument;
export type { PDFDocument };

export const MARGIN = 50;
export const FONT = "Helvetica";
export const BOLD = "Helvetica-Bold";
export const TEXT = "#1d1f24";
export const MUTED = "#4a4f59";
export const LINE = "#c9ccd3";
export const HIGHLIGHT = "#fdf1d8";

export const GROUP_COLOURS: Record<RespondentGroup, string> = {
  team: "#1f5f8b",
  parents: "#a3460f",
  pupils: "#2e7d32",
  young: "#6a3d9a",
};

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
