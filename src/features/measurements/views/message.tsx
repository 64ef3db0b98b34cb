/** A short page with a title, a text and perhaps a way back: thanks, results not ready, or why a link cannot be used. */
import { BackLink } from "../../../web/components/back-link.js";

export function MessagePage({
  title,
  body,
  back,
}: {
  title: string;
  body: string;
  back?: { href: string; label: string };
}) {
  return (
    <section class="narrow questionnaire">
      <h1>{title}</h1>
      <p>{body}</p>
      {back ? <BackLink href={back.href} label={back.label} /> : null}
    </section>
  );
}
