/** A question before an action that cannot be undone or repeated: what will happen, a button, and a way back. */
import { CsrfField } from "../../../web/components/forms.js";

interface ConfirmProps {
  title: string;
  body: string;
  /** Further paragraphs, e.g. what depends on what is about to be deleted. */
  more?: string[];
  action: string;
  csrf: string;
  button: string;
  /** Hidden fields sent along, e.g. the reminder round the page was made for. */
  fields?: Record<string, string>;
  back: { href: string; label: string };
}

export function ConfirmPage(props: ConfirmProps) {
  return (
    <section class="narrow">
      <h1>{props.title}</h1>
      <p>{props.body}</p>
      {props.more?.map((paragraph) => (
        <p>{paragraph}</p>
      ))}
      <form method="post" action={props.action}>
        <CsrfField token={props.csrf} />
        {Object.entries(props.fields ?? {}).map(([name, value]) => (
          <input type="hidden" name={name} value={value} />
        ))}
        <div class="actions">
          <button type="submit">{props.button}</button>
          <a class="button secondary" href={props.back.href}>
            {props.back.label}
          </a>
        </div>
      </form>
    </section>
  );
}
