/** Per visible group and domain, a bar per item: where the detail of the thermometer is. */
import { formatMean, groupLabel } from "../../views/labels.js";
import { cellsOf } from "../../views/cells.js";
import type { ReportContext } from "./context.js";
import { drawItemBars } from "./bars.js";
import { GROUP_COLOURS } from "./colours.js";
import { MUTED, heading, paragraph, type Doc } from "../../../../lib/pdf/layout.js";

export function itemSection(doc: Doc, ctx: ReportContext): void {
  const { t, locale, view, instrument } = ctx;
  const visible = cellsOf(view).filter(({ cell }) => cell.visible);
  if (visible.length === 0) return;
  doc.addPage();
  heading(doc, t("measure.export.pdf.items"), 18);
  paragraph(doc, t("measure.export.pdf.itemsIntro"), MUTED);
  for (const { group, cell } of visible) {
    if (!cell.visible) continue;
    for (const d of instrument.domains) {
      const items = cell.score.items.filter((item) => item.domain === d.id);
      if (items.length === 0) continue;
      heading(doc, t("measure.export.pdf.itemsOf", { group: groupLabel(t, group), domain: ctx.domainName(d.id) }), 11);
      const bars = items.map((item) => ({
        label: ctx.itemText(item.itemId),
        current: item.current.mean,
        desired: item.desired.mean,
        figures: `${formatMean(item.current.mean, locale)} → ${formatMean(item.desired.mean, locale)}`,
      }));
      drawItemBars(doc, bars, GROUP_COLOURS[group]);
    }
  }
}
