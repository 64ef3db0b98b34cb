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
}

export function ButtonForm({ action, csrf, label, class: className }: ButtonFormProps) {
  return (
    <Form action={action} csrf={csrf}>
      <button type="submit" class={className}>
        {label}
      </button>
    </Form>
  );
}
