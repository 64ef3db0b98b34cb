/**
 * A published report as a PDF: per question the same stacked bars as the page, drawn with
 * pdfkit, and the figures under them in words; only the cells the page shows.
 */
import { createDocument, footer } from "../../lib/pdf/document.js";
import { FONT, MARGIN, MUTED, TEXT, contentWidth, ensureSpace, heading, paragraph } from "../../lib/pdf/layout.js";
import type { Locale, Translate } from "../../web/i18n/index.js";
import type { Report } from "./service/report.js";
import { ANSWER_COLOURS, cellName, scaleLabels } from "./views/report.js";

export async function reportPdf(t: Translate, locale: Locale, report: Report): Promise<Buffer> {
  const survey = report.survey;
  const title = survey.title[locale];
  const { doc, done } = await createDocument({ locale, title, author: "Samen" });
  footer(doc, (page) => `${t("panel.title")} · ${title} · ${page}`);
  heading(doc, title, 20);
  paragraph(doc, survey.intro[locale]);
  paragraph(doc, t("panel.report.response", { respondents: report.respondents, invited: report.invited }), MUTED);
  paragraph(doc, t("panel.report.threshold", { threshold: survey.threshold }), MUTED);
  if (!report.shown) {
    paragraph(doc, t("panel.report.tooFew", { threshold: survey.threshold }));
  } else {
    const width = contentWidth(doc);
    const labelWidth = 150;
    const barWidth = width - labelWidth;
    const labels = scaleLabels(t);
    survey.questions.forEach((question, index) => {
      ensureSpace(doc, 40 + report.cells.length * 36);
      heading(doc, `${index + 1}. ${question.text[locale]}`, 12);
      for (const cell of report.cells) {
        const figure = report.figures[question.id]![cell.id]!;
        const y = doc.y;
        doc
          .font(FONT)
          .fontSize(9)
          .fillColor(TEXT)
          .text(`${cellName(t, cell.id)} (n=${figure.n})`, MARGIN, y + 3, { width: labelWidth - 8 });
        let x = MARGIN + labelWidth;
        figure.values.forEach((count, i) => {
          const w = figure.n ? (count / figure.n) * barWidth : 0;
          if (w > 0) doc.rect(x, y, w, 14).fill(ANSWER_COLOURS[i]!);
          x += w;
        });
        doc.y = y + 18;
        const words = figure.values.map((count, i) => `${labels[i]}: ${count}`).join(" · ");
        doc
          .font(FONT)
          .fontSize(8)
          .fillColor(MUTED)
          .text(`${words} · ${t("panel.report.dontKnow")}: ${figure.dontKnow}`, MARGIN + labelWidth, doc.y, {
            width: barWidth,
          });
        doc.moveDown(0.5);
      }
      doc.moveDown(0.5);
    });
  }
  doc.end();
  return done;
}
