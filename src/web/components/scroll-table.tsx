/**
 * The one pattern for every table: a table wider than a phone scrolls sideways inside a
 * named, focusable region (keyboard users can scroll it too), with shadows at an edge that
 * has more columns behind it and, on narrow screens, a line saying to swipe. The caption
 * wraps at the visible width instead of running off with the table (public/styles.css).
 */
import type { Child } from "hono/jsx";
import type { Translate } from "../i18n/index.js";

interface ScrollTableProps {
  t: Translate;
  caption: string;
  /** Says what lies to the side when that is one thing ("the change"); a general line otherwise. */
  hint?: string;
  children: Child;
}

export function ScrollTable({ t, caption, hint, children }: ScrollTableProps) {
  return (
    <>
      <p class="scroll-hint">{hint ?? t("layout.table.scrollHint")}</p>
      <div class="table-scroll" role="region" tabindex={0} aria-label={caption}>
        <table>
          <caption>{caption}</caption>
          {children}
        </table>
      </div>
    </>
  );
}
