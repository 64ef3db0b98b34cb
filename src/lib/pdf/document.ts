/**
 * Starting and finishing a PDF: one A4 document setup with Samen's margins, its language and title
 * for screen readers, page numbers in the footer, and the finished file as a Buffer.
 * `compress: false` leaves the page content readable, for tests.
 */
import type { Locale } from "../../web/i18n/index.js";
import { registerFonts } from "./fonts.js";
import { FONT, MARGIN, MUTED, type Doc } from "./layout.js";

export interface DocumentOptions {
  locale: Locale;
  title: string;
  author?: string;
  compress?: boolean;
  /** Keep every page open until the end, to write on them afterwards (page numbers). */
  bufferPages?: boolean;
}

/**
 * A new A4 document and the promise of its bytes, which resolves after `doc.end()`. pdfkit
 * (with its fonts) loads at the first PDF, not at every start.
 */
export async function createDocument(options: DocumentOptions): Promise<{ doc: Doc; done: Promise<Buffer> }> {
  const { default: PDFDocument } = await import("pdfkit");
  const doc: Doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    bufferPages: options.bufferPages ?? false,
    compress: options.compress ?? true,
    lang: options.locale,
    info: { Title: options.title, ...(options.author === undefined ? {} : { Author: options.author }) },
  });
  registerFonts(doc);
  return { doc, done: collect(doc) };
}

function collect(doc: Doc): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
}

/** A footer line on every buffered page, such as "Title · page 3". */
export function footer(doc: Doc, text: (pageNumber: number) => string): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    // Below the bottom margin: lift it for this one line, or pdfkit would start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font(FONT)
      .fontSize(8)
      .fillColor(MUTED)
      .text(text(i + 1), MARGIN, doc.page.height - 35, {
        width: doc.page.width - 2 * MARGIN,
        align: "center",
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
}
