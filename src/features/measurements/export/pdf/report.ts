/**
 * The PDF report of a measurement: title page, the thermometer (radar and
 * tables), perception differences and priorities, then bars per item. Every
 * figure comes from the results object the web page shows, so the report
 * hides exactly what the page hides.
 */
import { createDocument, footer } from "../../../../lib/pdf/document.js";
import { reportContext, type ReportInput } from "./context.js";
import { itemSection } from "./items.js";
import { perceptionSection, prioritySection } from "./priorities.js";
import { thermometer } from "./thermometer.js";
import { titlePage } from "./title-page.js";

export async function reportPdf(input: ReportInput, options: { compress?: boolean } = {}): Promise<Buffer> {
  const ctx = reportContext(input);
  const { doc, done } = await createDocument({
    locale: input.locale,
    title: `${input.t("measure.results.title")}: ${input.view.title}`,
    author: input.facts.organisation,
    compress: options.compress,
    bufferPages: true,
  });
  titlePage(doc, ctx);
  doc.addPage();
  thermometer(doc, ctx);
  perceptionSection(doc, ctx);
  prioritySection(doc, ctx);
  itemSection(doc, ctx);
  footer(doc, (n) => `${ctx.view.title} · ${ctx.t("measure.export.pdf.page", { n })}`);
  doc.end();
  return done;
}
