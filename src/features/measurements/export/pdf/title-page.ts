/** The first page: which organisation and measurement, when, and how many responded per group. */
import { cellsOf } from "../../views/cells.js";
import { groupLabel, periodLabel } from "../../views/labels.js";
import type { ReportContext } from "./context.js";
import { drawTable } from "./table.js";
import {
  BOLD,
  FONT,
  MARGIN,
  MUTED,
  TEXT,
  contentWidth,
  heading,
  paragraph,
  type Doc,
} from "../../../../lib/pdf/layout.js";

export function titlePage(doc: Doc, { t, locale, view, facts }: ReportContext): void {
  doc.y = 140;
  doc
    .font(BOLD)
    .fontSize(26)
    .fillColor(TEXT)
    .text(t("measure.results.title"), MARGIN, doc.y, {
      width: contentWidth(doc),
    });
  doc
    .moveDown(0.3)
    .font(FONT)
    .fontSize(16)
    .fillColor(MUTED)
    .text(view.title, { width: contentWidth(doc) });
  doc.moveDown(2);
  const lines = [
    [t("measure.export.pdf.organisation"), facts.organisation],
    [t("measure.export.pdf.kind"), t(`measure.kind.${view.kind}`)],
    [t("measure.export.pdf.period"), periodLabel(t, locale, facts)],
  ];
  for (const [label, value] of lines) {
    doc.font(BOLD).fontSize(11).fillColor(TEXT).text(`${label}: `, MARGIN, doc.y, { continued: true });
    doc.font(FONT).text(value!);
    doc.moveDown(0.3);
  }
  heading(doc, t("measure.export.pdf.responses"), 13);
  drawTable(
    doc,
    [
      { header: t("measure.results.group"), share: 0.5 },
      { header: t("measure.rates.responded"), share: 0.5 },
    ],
    cellsOf(view).map(({ group, cell }) => ({
      cells: [
        groupLabel(t, group),
        t("measure.results.respondents", { n: cell.respondents }) +
          (cell.visible ? "" : ` – ${t("measure.results.tooFew")}`),
      ],
      muted: !cell.visible,
    })),
  );
  paragraph(doc, t("measure.export.pdf.threshold", { n: view.results.threshold }), MUTED);
  paragraph(doc, t("measure.results.explain"), MUTED);
}
