/** A few figures side by side, each under its label: a description list styled `.stats`. */
import type { Child } from "hono/jsx";
import { Detail } from "./detail.js";

export function Stats({ items }: { items: readonly (readonly [label: string, value: Child])[] }) {
  return (
    <dl class="stats">
      {items.map(([label, value]) => (
        <div>
          <Detail term={label}>{value}</Detail>
        </div>
      ))}
    </dl>
  );
}
