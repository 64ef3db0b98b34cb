/**
 * Bars of the mean now per domain, one bar per measurement (nulmeting, any
 * tussenmetingen, the later one), drawn on the server as SVG. A hidden side
 * draws no bar. Colours come from classes in styles.css (no inline style under
 * the CSP); the page shows the same figures in a table for screen readers.
 */
import { ChartFrame } from "./chart-frame.js";

export interface TrendSeries {
  label: string;
  /** One mean per domain on the five-point scale; null when hidden or without answers. */
  values: (number | null)[];
}

const WIDTH = 480;
const LABEL = 28;
const BAR = 12;
const GAP = 14;
const SCALE = (WIDTH - LABEL - 8) / 4;

export function TrendChart(props: { id: string; title: string; domains: string[]; series: TrendSeries[] }) {
  const block = props.series.length * BAR + GAP;
  const height = props.domains.length * block + GAP;
  const x = (value: number) => LABEL + (value - 1) * SCALE;
  return (
    <ChartFrame id={props.id} title={props.title} class="trend" width={WIDTH} height={height}>
      {[1, 2, 3, 4, 5].map((v) => (
        <line class="trend-grid" x1={x(v)} y1="0" x2={x(v)} y2={height} />
      ))}
      {props.domains.map((_, d) => (
        <g>
          {/* Numbers, not names: the table below names each domain. */}
          <text class="trend-label" x="4" y={d * block + GAP + (props.series.length * BAR) / 2 + 5}>
            {d + 1}
          </text>
          {props.series.map((s, i) => {
            const value = s.values[d];
            return value === null || value === undefined ? null : (
              <rect
                class={`trend-bar trend-${i}`}
                x={LABEL}
                y={d * block + GAP + i * BAR}
                width={Math.max(2, x(value) - LABEL).toFixed(1)}
                height={BAR - 2}
              />
            );
          })}
        </g>
      ))}
    </ChartFrame>
  );
}

export function TrendLegend({ series }: { series: TrendSeries[] }) {
  return (
    <ul class="radar-legend">
      {series.map((s, i) => (
        <li>
          <span class={`radar-swatch trend-${i}`} aria-hidden="true"></span>
          {s.label}
        </li>
      ))}
    </ul>
  );
}
