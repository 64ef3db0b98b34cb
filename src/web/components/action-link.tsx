/** A page's next step as a link that looks like a button (adding a pupil, inviting staff), on a line of its own. */
export function ActionLink({ href, label }: { href: string; label: string }) {
  return (
    <p>
      <a class="button" href={href}>
        {label}
      </a>
    </p>
  );
}
