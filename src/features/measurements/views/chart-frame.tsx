/**
 * The frame of a chart drawn on the server as SVG (the radar, the trend): an image named by its
 * title, which is what a screen reader says; the page shows the same figures in a table.
 */
import type { Child } from "hono/jsx";

export function ChartFrame(props: {
  id: string;
  title: string;
  class: string;
  width: number;
  height: number;
  children: Child;
}) {
  return (
    <svg
      class={props.class}
      viewBox={`0 0 ${props.width} ${props.height}`}
      role="img"
      aria-labelledby={`${props.id}-title`}
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id={`${props.id}-title`}>{props.title}</title>
      {props.children}
    </svg>
  );
}
