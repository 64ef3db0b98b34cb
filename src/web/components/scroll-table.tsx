/**
 * The one pattern for every table: a table wider than a phone scrolls sideways inside a
 * named, focusable region (keyboard users can scroll it too), with shadows at an edge that
 * has more columns behind it and, on narrow screens, a line saying to swipe. The caption
 * wraps at the visible width instead of running off with the table (public/styles.css).
 * A stacked table has no sideways scroll on a phone: each row is a card of labelled cells there.
 */
import type { Child } from "hono/jsx";
import type { Translate } from "../i18n/index.js";

interface ScrollTableProps {
  t: Translate;
  caption: string;
  /** Says what lies to the side when that is one thing ("the change"); a general line otherwise. */
  hint?: string;
  /** On a phone each row a card, each cell under its column's name (the cells' data-label): nothing to swipe. */
  stack?: boolean;
  children: Child;
}

export function ScrollTable({ t, caption, hint, stack = false, children }: ScrollTableProps) {
  return (
    <>
      {stack ? null : <p class="scroll-hint">{hint ?? t("layout.table.scrollHint")}</p>}
      <div class={stack ? "table-scroll table-stack" : "table-scroll"} role="region" tabindex={0} aria-label={caption}>
        <table role={stack ? "table" : undefined}>
          <caption>{caption}</caption>
          {children}
        </table>
      </div>
    </>
  );
}
