/** The thermometer proper: the radar with its table, then per domain the groups side by side. */
import { formatMean, formatShare, groupLabel } from "../../views/labels.js";
import { cellsOf, domainFigures } from "../../views/cells.js";
import type { ReportContext } from "./context.js";
import { GROUP_COLOURS } from "./colours.js";
import { heading, type Doc } from "../../../../lib/pdf/layout.js";
import { drawRadar } from "./radar.js";
import { drawTable } from "./table.js";

export function thermometer(doc: Doc, ctx: ReportContext): void {
  const { t, locale, view, instrument } = ctx;
  const cells = cellsOf(view);
  const tooFew = t("measure.results.tooFew");
  heading(doc, t("measure.export.pdf.thermometer"), 18);
  heading(doc, t("measure.results.radar.title"), 13);
  const axes = instrument.domains.map((d) => ctx.domainName(d.id));
  const series = cells
    .filter(({ cell }) => cell.visible)
    .map(({ group, cell }) => ({
      label: groupLabel(t, group),
      colour: GROUP_COLOURS[group],
      values: instrument.domains.map((d) => domainFigures(cell, d.id)?.current.mean ?? null),
    }));
  drawRadar(doc, axes, series);
  const share = 0.7 / Math.max(cells.length, 1);
  drawTable(
    doc,
    [
      { header: t("measure.results.domain"), share: 0.3 },
      ...cells.map(({ group }) => ({ header: groupLabel(t, group), share, align: "right" as const })),
    ],
    instrument.domains.map((d) => ({
      cells: [
        ctx.domainName(d.id),
        ...cells.map(({ cell }) =>
          cell.visible ? formatMean(domainFigures(cell, d.id)?.current.mean ?? null, locale) : tooFew,
        ),
      ],
    })),
  );
  heading(doc, t("measure.results.domains"), 13);
  for (const d of instrument.domains) {
    heading(doc, t("measure.results.domainCaption", { domain: ctx.domainName(d.id) }), 11);
    drawTable(
      doc,
      [
        { header: t("measure.results.group"), share: 0.28 },
        { header: t("measure.export.col.n"), share: 0.12, align: "right" },
        { header: t("measure.results.current"), share: 0.15, align: "right" },
        { header: t("measure.results.desired"), share: 0.15, align: "right" },
        { header: t("measure.results.gap"), share: 0.15, align: "right" },
        { header: t("measure.results.positive"), share: 0.15, align: "right" },
      ],
      cells.map(({ group, cell }) => {
        const figures = domainFigures(cell, d.id);
        if (!figures) return { cells: [groupLabel(t, group), "", tooFew, "", "", ""], muted: true };
        return {
          cells: [
            groupLabel(t, group),
            String(figures.respondents),
            formatMean(figures.current.mean, locale),
            formatMean(figures.desired.mean, locale),
            formatMean(figures.gap, locale, true),
            formatShare(figures.current.positiveShare, locale),
          ],
        };
      }),
    );
  }
}
