/**
 * The typeface of every PDF: DejaVu Sans Condensed, embedded. The fonts built into PDF readers
 * (Helvetica) know only Windows-1252, so an arrow came out as "!’" and names such as "Łukasz" or
 * "Yılmaz" lost letters; DejaVu has them all. Condensed keeps Helvetica's widths, for which the
 * tables were laid out. pdfkit embeds only the glyphs a document uses.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

export const FONT = "Samen";
export const BOLD = "Samen-Bold";

const FILES = { [FONT]: "DejaVuSansCondensed.ttf", [BOLD]: "DejaVuSansCondensed-Bold.ttf" };

const resolve = createRequire(import.meta.url).resolve;
let loaded: Map<string, Buffer> | undefined;

/** Read once per process: the files are 0.7 MB each, and every report needs them. */
function fontFiles(): Map<string, Buffer> {
  loaded ??= new Map(
    Object.entries(FILES).map(([name, file]) => [name, readFileSync(resolve(`dejavu-fonts-ttf/ttf/${file}`))]),
  );
  return loaded;
}

/** Registers FONT and BOLD in a new document and makes FONT the current font. */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  for (const [name, data] of fontFiles()) doc.registerFont(name, data);
  doc.font(FONT);
}
