/**
 * A part of a page named by its heading: the section is labelled by the heading's id
 * (aria-labelledby), so a screen reader's list of regions reads the same words as the page.
 * The id is written once, here, instead of twice by hand.
 */
import type { Child } from "hono/jsx";

interface SectionProps {
  /** The heading's id: unique on the page. */
  id: string;
  title: Child;
  /** h2 unless the section lies inside another one. */
  level?: 2 | 3;
  class?: string;
  children?: Child;
}

export function Section({ id, title, level = 2, class: className, children }: SectionProps) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby={id} class={className}>
      <Heading id={id}>{title}</Heading>
      {children}
    </section>
  );
}
