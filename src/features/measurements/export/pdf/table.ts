/**
 * A table drawn with pdfkit: a bold header row, then rows whose height
 * follows the longest text; a row marked `highlight` gets a tinted
 * background (large perception differences). The header repeats on a new page.
 */
import {
  BOLD,
  FONT,
  HIGHLIGHT,
  LINE,
  MARGIN,
  TEXT,
  contentWidth,
  ensureSpace,
  type Doc,
} from "../../../../lib/pdf/layout.js";

export interface TableColumn {
  header: string;
  /** Share of the content width; the columns' shares add up to 1. */
  share: number;
  align?: "left" | "right";
}

export interface TableRow {
  cells: string[];
  highlight?: boolean;
  /** Greyed out, e.g. "too few responses". */
  muted?: boolean;
}

const PADDING = 4;
const SIZE = 9;

export function drawTable(doc: Doc, columns: readonly TableColumn[], rows: readonly TableRow[]): void {
  const widths = columns.map((column) => column.share * contentWidth(doc));
  drawRow(doc, columns, widths, { cells: columns.map((c) => c.header) }, true);
  for (const row of rows) {
    if (doc.y + rowHeight(doc, widths, row.cells) > doc.page.height - MARGIN) {
      doc.addPage();
      drawRow(doc, columns, widths, { cells: columns.map((c) => c.header) }, true);
    }
    drawRow(doc, columns, widths, row, false);
  }
  doc.x = MARGIN;
  doc.moveDown(0.8);
}

function rowHeight(doc: Doc, widths: readonly number[], cells: readonly string[]): number {
  doc.font(FONT).fontSize(SIZE);
  const heights = cells.map((cell, i) => doc.heightOfString(cell, { width: widths[i]! - 2 * PADDING }));
  return Math.max(...heights) + 2 * PADDING;
}

function drawRow(doc: Doc, columns: readonly TableColumn[], widths: readonly number[], row: TableRow, header: boolean) {
  const height = rowHeight(doc, widths, row.cells);
  ensureSpace(doc, height);
  const top = doc.y;
  if (row.highlight) doc.rect(MARGIN, top, contentWidth(doc), height).fill(HIGHLIGHT);
  let x = MARGIN;
  row.cells.forEach((cell, i) => {
    const width = widths[i]!;
    doc
      .font(header ? BOLD : FONT)
      .fontSize(SIZE)
      .fillColor(row.muted && i > 0 ? "#6b7079" : TEXT)
      .text(cell, x + PADDING, top + PADDING, { width: width - 2 * PADDING, align: columns[i]!.align ?? "left" });
    x += width;
  });
  doc
    .moveTo(MARGIN, top + height)
    .lineTo(MARGIN + contentWidth(doc), top + height)
    .lineWidth(header ? 1 : 0.5)
    .strokeColor(LINE)
    .stroke();
  doc.x = MARGIN;
  doc.y = top + height;
}
