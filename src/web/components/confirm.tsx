/**
 * The step between a destructive button and what it destroys: a page of its own (so it works
 * without JavaScript) that names what will go, says what follows, and posts only when confirmed.
 */
import type { Translate } from "../i18n/index.js";
import { Form } from "./forms.js";

export interface ConfirmProps {
  t: Translate;
  csrf: string;
  /** Where the confirmed form posts. */
  action: string;
  /** What is about to go, one line each ("Gesprek over Sanne", "woensdag 16 december 18:00–18:10"). */
  what: string[];
  /** What follows from it (who is told, whether it can be undone). */
  consequence: string;
  submit: string;
  back: { href: string; label: string };
}

export function ConfirmPage({ t, csrf, action, what, consequence, submit, back }: ConfirmProps) {
  return (
    <section class="narrow">
      <h1>{t("confirm.title")}</h1>
      <ul class="confirm-what">
        {what.map((line) => (
          <li>{line}</li>
        ))}
      </ul>
      <p>{consequence}</p>
      <Form action={action} csrf={csrf}>
        <button type="submit" class="danger">
          {submit}
        </button>
      </Form>
      <p>
        <a href={back.href}>{back.label}</a>
      </p>
    </section>
  );
}
