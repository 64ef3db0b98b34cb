/**
 * A form that is one button (end a pair, close a survey, delete a round): it posts to its
 * address with the CSRF token and nothing else, so it works without JavaScript.
 */
import { Form } from "./forms.js";

interface ButtonFormProps {
  action: string;
  csrf: string;
  label: string;
  /** The button's look: "secondary", "danger", "button", or the plain one. */
  class?: string | undefined;
  /** What the button does in full, where a list repeats the short label (`Withdraw the invitation of …`). */
  ariaLabel?: string | undefined;
}

export function ButtonForm({ action, csrf, label, class: className, ariaLabel }: ButtonFormProps) {
  return (
    <Form action={action} csrf={csrf}>
      <button type="submit" class={className} aria-label={ariaLabel}>
        {label}
      </button>
    </Form>
  );
}
