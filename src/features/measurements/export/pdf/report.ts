/**
 * The PDF report of a measurement: title page, the thermometer (radar and
 * tables), perception differences and priorities, then bars per item. Every
 * figure comes from the results object the web page shows, so the report
 * hides exactly what the page hides. `compress: false` leaves the page
 * content readable, for tests.
 */
import PDFDocument from "pdfkit";
import { reportContext, type ReportInput } from "./context.js";
import { itemSection } from "./items.js";
import { FONT, MARGIN, MUTED, type Doc } from "./layout.js";
import { perceptionSection, prioritySection } from "./priorities.js";
import { thermometer } from "./thermometer.js";
import { titlePage } from "./title-page.js";

export async function reportPdf(input: ReportInput, options: { compress?: boolean } = {}): Promise<Buffer> {
  const ctx = reportContext(input);
  const doc: Doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    bufferPages: true,
    compress: options.compress ?? true,
    lang: input.locale,
    info: { Title: `${input.t("measure.results.title")}: ${input.view.title}`, Author: input.facts.organisation },
  });
  const done = collect(doc);
  titlePage(doc, ctx);
  doc.addPage();
  thermometer(doc, ctx);
  perceptionSection(doc, ctx);
  prioritySection(doc, ctx);
  itemSection(doc, ctx);
  numberPages(doc, ctx);
  doc.end();
  return done;
}

function collect(doc: Doc): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
}

function numberPages(doc: Doc, { t, view }: ReturnType<typeof reportContext>): void {
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
      .text(`${view.title} · ${t("measure.export.pdf.page", { n: i + 1 })}`, MARGIN, doc.page.height - 35, {
        width: doc.page.width - 2 * MARGIN,
        align: "center",
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
}
