/** Reading a PDF back in tests as a reader's program would: its text, through PDF.js. */
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/**
 * The text pieces of a PDF, page after page: one piece for each run of text that PDF.js sees
 * (a line, or a table cell), decoded through the fonts' own character maps, so a glyph missing
 * from a font shows as what a reader would copy.
 */
export async function pdfTexts(pdf: Buffer): Promise<string[]> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, verbosity: 0 }).promise;
  const texts: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    for (const item of content.items) if ("str" in item && item.str !== "") texts.push(item.str);
  }
  await document.destroy();
  return texts;
}
