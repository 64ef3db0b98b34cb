/**
 * Bars per item for one group and domain: the item's text, a bar for the
 * mean now and a dark line at the mean desired, on a 1–5 axis, with the
 * figures written out so the chart does not rely on colour or length alone.
 */
import { FONT, LINE, MARGIN, MUTED, TEXT, contentWidth, ensureSpace, type Doc } from "../../../../lib/pdf/layout.js";

export interface ItemBar {
  label: string;
  current: number | null;
  desired: number | null;
  /** "3,4 → 4,2" in the reader's notation. */
  figures: string;
}

const BAR_HEIGHT = 9;

export function drawItemBars(doc: Doc, bars: readonly ItemBar[], colour: string): void {
  const width = contentWidth(doc);
  const labelWidth = width * 0.5;
  const barX = MARGIN + labelWidth + 8;
  const barWidth = width * 0.32;
  const figuresX = barX + barWidth + 8;
  const x = (value: number) => barX + ((value - 1) / 4) * barWidth;
  for (const bar of bars) {
    doc.font(FONT).fontSize(8.5);
    const height = Math.max(doc.heightOfString(bar.label, { width: labelWidth }), BAR_HEIGHT) + 5;
    ensureSpace(doc, height);
    const top = doc.y;
    doc.fillColor(TEXT).text(bar.label, MARGIN, top, { width: labelWidth });
    doc.rect(barX, top, barWidth, BAR_HEIGHT).lineWidth(0.5).strokeColor(LINE).stroke();
    if (bar.current !== null) doc.rect(barX, top, x(bar.current) - barX, BAR_HEIGHT).fill(colour);
    if (bar.desired !== null) {
      doc
        .moveTo(x(bar.desired), top - 2)
        .lineTo(x(bar.desired), top + BAR_HEIGHT + 2)
        .lineWidth(2)
        .strokeColor(TEXT)
        .stroke();
    }
    doc.fillColor(MUTED).text(bar.figures, figuresX, top, { width: MARGIN + width - figuresX });
    doc.x = MARGIN;
    doc.y = top + height;
  }
  doc.moveDown(0.5);
}
