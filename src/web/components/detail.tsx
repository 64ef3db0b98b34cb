/**
 * One line of a description list: a term and what it says, as a `dt` and its `dd`. A page writes
 * `<Detail term={…}>…</Detail>` where it wrote both by hand, and leaves a line out with a
 * condition where there is nothing to say (`{note ? <Detail …>{note}</Detail> : null}`).
 */
import type { Child } from "hono/jsx";

export function Detail({ term, class: className, children }: { term: Child; class?: string; children?: Child }) {
  return (
    <>
      <dt>{term}</dt>
      <dd class={className}>{children}</dd>
    </>
  );
}
