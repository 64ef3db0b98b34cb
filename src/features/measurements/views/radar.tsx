/**
 * A radar chart of the six domains, drawn on the server as SVG: one ring per
 * scale point (1 in the centre, 5 at the edge), one polygon per respondent
 * group. Colours come from classes in styles.css (the CSP allows no inline
 * style). The page shows the same figures in a table for screen readers.
 */
export interface RadarSeries {
  key: string;
  label: string;
  /** One value per axis, on the five-point scale; null when there is none. */
  values: (number | null)[];
}

const SIZE = { width: 700, height: 460 };
const CENTRE = { x: 350, y: 230 };
const RADIUS = 150;
const LABEL_CHARS = 18;

function point(axis: number, axes: number, value: number): { x: number; y: number } {
  const angle = -Math.PI / 2 + (2 * Math.PI * axis) / axes;
  const r = ((value - 1) / 4) * RADIUS;
  return { x: CENTRE.x + r * Math.cos(angle), y: CENTRE.y + r * Math.sin(angle) };
}

const coords = (points: { x: number; y: number }[]) =>
  points.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(" ");

/** Splits a label into lines of about LABEL_CHARS characters, at spaces. */
function lines(label: string): string[] {
  const result: string[] = [];
  for (const word of label.split(" ")) {
    const last = result.at(-1);
    if (last !== undefined && (last + " " + word).length <= LABEL_CHARS) result[result.length - 1] = `${last} ${word}`;
    else result.push(word);
  }
  return result;
}

export function Radar(props: { id: string; title: string; axes: string[]; series: RadarSeries[] }) {
  const n = props.axes.length;
  const rings = [1, 2, 3, 4, 5].map((v) => coords(props.axes.map((_, axis) => point(axis, n, v))));
  return (
    <svg
      class="radar"
      viewBox={`0 0 ${SIZE.width} ${SIZE.height}`}
      role="img"
      aria-labelledby={`${props.id}-title`}
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id={`${props.id}-title`}>{props.title}</title>
      {rings.map((ring) => (
        <polygon class="radar-ring" points={ring} />
      ))}
      {props.axes.map((label, axis) => {
        const edge = point(axis, n, 5);
        const at = point(axis, n, 6.3);
        const anchor = Math.abs(at.x - CENTRE.x) < 1 ? "middle" : at.x > CENTRE.x ? "start" : "end";
        const rows = lines(label);
        return (
          <g>
            <line class="radar-axis" x1={CENTRE.x} y1={CENTRE.y} x2={edge.x} y2={edge.y} />
            <text class="radar-label" x={at.x} y={at.y - ((rows.length - 1) * 14) / 2} text-anchor={anchor}>
              {rows.map((row, index) => (
                <tspan x={at.x} dy={index === 0 ? 0 : 14}>
                  {row}
                </tspan>
              ))}
            </text>
          </g>
        );
      })}
      {props.series.map((s) => {
        const points = s.values.flatMap((v, axis) => (v === null ? [] : [point(axis, n, v)]));
        return (
          <g class={`radar-series radar-${s.key}`}>
            <polygon points={coords(points)} />
            {points.map((p) => (
              <circle cx={p.x.toFixed(1)} cy={p.y.toFixed(1)} r="4" />
            ))}
          </g>
        );
      })}
    </svg>
  );
}

/** The legend: which colour is which group (also named in the table below the chart). */
export function RadarLegend({ series }: { series: RadarSeries[] }) {
  return (
    <ul class="radar-legend">
      {series.map((s) => (
        <li>
          <span class={`radar-swatch radar-${s.key}`} aria-hidden="true"></span>
          {s.label}
        </li>
      ))}
    </ul>
  );
}
