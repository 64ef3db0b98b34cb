/** A refusal's sentence above a page's forms (not tied to one field), read out when the page opens. */
export function Problem({ message }: { message?: string | undefined }) {
  if (!message) return null;
  return (
    <p class="error-summary" role="alert">
      {message}
    </p>
  );
}
