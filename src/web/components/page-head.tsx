/**
 * How a page opens: the way back when there is one (BackLink), the page's one h1, and the
 * sentence that introduces it when it has one. Pages say only their words.
 */
import type { Child } from "hono/jsx";
import { BackLink } from "./back-link.js";

interface PageHeadProps {
  back?: { href: string; label: string } | undefined;
  title: Child;
  intro?: Child;
}

export function PageHead({ back, title, intro }: PageHeadProps) {
  return (
    <>
      {back ? <BackLink {...back} /> : null}
      <h1>{title}</h1>
      {intro === undefined ? null : <p>{intro}</p>}
    </>
  );
}
