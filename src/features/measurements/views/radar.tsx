/**
 * A radar chart of the six domains, drawn on the server as SVG: one ring per
 * scale point (1 in the centre, 5 at the edge), one polygon per respondent
 * group. Colours come from classes in styles.css (the CSP allows no inline
 * style). The page shows the same figures in a table for screen readers.
 */
import { ChartFrame } from "./chart-frame.js";

export interface RadarSeries {
  key: string;
  label: string;
  /** One value per axis, on the five-point scale; null when there is none. */
  values: (number | null)[];
}

const SIZE = 400;
const CENTRE = SIZE / 2;
const RADIUS = 160;

function point(axis: number, axes: number, value: number): { x: number; y: number } {
  const angle = -Math.PI / 2 + (2 * Math.PI * axis) / axes;
  const r = ((value - 1) / 4) * RADIUS;
  return { x: CENTRE + r * Math.cos(angle), y: CENTRE + r * Math.sin(angle) };
}

const coords = (points: { x: number; y: number }[]) =>
  points.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(" ");

export function Radar(props: { id: string; title: string; axes: string[]; series: RadarSeries[] }) {
  const n = props.axes.length;
  const rings = [1, 2, 3, 4, 5].map((v) => coords(props.axes.map((_, axis) => point(axis, n, v))));
  return (
    <ChartFrame id={props.id} title={props.title} class="radar" width={SIZE} height={SIZE}>
      {rings.map((ring) => (
        <polygon class="radar-ring" points={ring} />
      ))}
      {props.axes.map((_, axis) => {
        const edge = point(axis, n, 5);
        // Numbers, not names: names do not fit on a phone; the list below the chart names each axis.
        const at = point(axis, n, 5.55);
        return (
          <g>
            <line class="radar-axis" x1={CENTRE} y1={CENTRE} x2={edge.x} y2={edge.y} />
            <text class="radar-label" x={at.x.toFixed(1)} y={(at.y + 6).toFixed(1)} text-anchor="middle">
              {axis + 1}
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
    </ChartFrame>
  );
}

/** The legend: which colour is which group, and which number is which axis (also in the table below the chart). */
export function RadarLegend({ axes, series }: { axes: string[]; series: RadarSeries[] }) {
  return (
    <>
      <ul class="radar-legend">
        {series.map((s) => (
          <li>
            <span class={`radar-swatch radar-${s.key}`} aria-hidden="true"></span>
            {s.label}
          </li>
        ))}
      </ul>
      <ol class="radar-axes">
        {axes.map((axis) => (
          <li>{axis}</li>
        ))}
      </ol>
    </>
  );
}
