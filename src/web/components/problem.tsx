/**
 * A refusal's sentence above a page's forms (not tied to one field), read out when the page opens;
 * focusable, so the page's script moves focus to it as to an error summary.
 */
export function Problem({ message }: { message?: string | undefined }) {
  if (!message) return null;
  return (
    <p class="error-summary" role="alert" tabindex={-1}>
      {message}
    </p>
  );
}
