/**
 * One card of a list of cards (`<ul class="cards">`) about something with a page of its own: its
 * title a link to that page, as a heading at the level the list needs, then what the card says.
 */
import type { Child } from "hono/jsx";

interface LinkCardProps {
  href: string;
  title: Child;
  /** h3 unless the list stands right under the page's h1. */
  level?: 2 | 3;
  children?: Child;
}

export function LinkCard({ href, title, level = 3, children }: LinkCardProps) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <li class="card">
      <Heading>
        <a href={href}>{title}</a>
      </Heading>
      {children}
    </li>
  );
}
