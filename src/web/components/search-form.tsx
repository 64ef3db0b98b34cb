/**
 * A search as a GET form (so a result can be bookmarked): one labelled search box, any filters
 * after it, and the button, on one line where there is room.
 */
import type { Child } from "hono/jsx";

interface SearchFormProps {
  action: string;
  /** The box's id, which its label names. */
  id: string;
  /** The query parameter. */
  name: string;
  label: string;
  value: string;
  submit: string;
  /** More fields (a group to filter by) between the box and the button. */
  children?: Child;
}

export function SearchForm({ action, id, name, label, value, submit, children }: SearchFormProps) {
  return (
    <form method="get" action={action} class="inline-form" role="search">
      <div class="field">
        <label for={id}>{label}</label>
        <input id={id} name={name} type="search" value={value} />
      </div>
      {children}
      <button type="submit">{submit}</button>
    </form>
  );
}
