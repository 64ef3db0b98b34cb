/**
 * The radar of the six domains as vectors, like the web page's SVG
 * (views/radar.tsx): a ring per scale point, 1 in the centre and 5 at the
 * edge, one polygon per visible group. Axes carry numbers; the legend beside
 * the chart names them, and the table after it holds the same figures.
 */
import {
  BOLD,
  FONT,
  LINE,
  MARGIN,
  MUTED,
  TEXT,
  contentWidth,
  ensureSpace,
  type Doc,
} from "../../../../lib/pdf/layout.js";

export interface RadarSeries {
  label: string;
  colour: string;
  /** One value per axis on the five-point scale; null when there is none. */
  values: (number | null)[];
}

const RADIUS = 110;

export function drawRadar(doc: Doc, axes: readonly string[], series: readonly RadarSeries[]): void {
  const height = 2 * RADIUS + 50;
  ensureSpace(doc, height);
  const top = doc.y;
  const centre = { x: MARGIN + RADIUS + 20, y: top + RADIUS + 20 };
  const point = (axis: number, value: number): [number, number] => {
    const angle = -Math.PI / 2 + (2 * Math.PI * axis) / axes.length;
    const r = ((value - 1) / 4) * RADIUS;
    return [centre.x + r * Math.cos(angle), centre.y + r * Math.sin(angle)];
  };
  doc.lineWidth(0.5).strokeColor(LINE);
  for (let value = 1; value <= 5; value++) doc.polygon(...axes.map((_, axis) => point(axis, value))).stroke();
  axes.forEach((_, axis) => {
    doc
      .moveTo(centre.x, centre.y)
      .lineTo(...point(axis, 5))
      .stroke();
    const [x, y] = point(axis, 5.5);
    doc
      .font(BOLD)
      .fontSize(9)
      .fillColor(MUTED)
      .text(String(axis + 1), x - 10, y - 5, { width: 20, align: "center" });
  });
  for (const s of series) {
    const points = s.values.flatMap((v, axis) => (v === null ? [] : [point(axis, v)]));
    if (points.length === 0) continue;
    doc.lineWidth(2).fillOpacity(0.12).strokeColor(s.colour).fillColor(s.colour);
    doc.polygon(...points).fillAndStroke();
    doc.fillOpacity(1);
    for (const [x, y] of points) doc.circle(x, y, 2.5).fill(s.colour);
  }
  drawLegend(doc, axes, series, { x: centre.x + RADIUS + 40, y: top + 10 });
  doc.x = MARGIN;
  doc.y = top + height;
}

function drawLegend(doc: Doc, axes: readonly string[], series: readonly RadarSeries[], at: { x: number; y: number }) {
  const width = MARGIN + contentWidth(doc) - at.x;
  let y = at.y;
  for (const s of series) {
    doc.rect(at.x, y + 1, 10, 8).fill(s.colour);
    doc
      .font(FONT)
      .fontSize(9)
      .fillColor(TEXT)
      .text(s.label, at.x + 16, y, { width: width - 16 });
    y += 14;
  }
  y += 8;
  axes.forEach((axis, index) => {
    doc
      .font(FONT)
      .fontSize(9)
      .fillColor(TEXT)
      .text(`${index + 1}. ${axis}`, at.x, y, { width });
    y = doc.y + 2;
  });
}
