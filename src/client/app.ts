/**
 * Progressive enhancement only: every page works without this script.
 * Moves focus to an error summary so keyboard and screen-reader users hear it first.
 */
const summary = document.querySelector<HTMLElement>(".error-summary");
summary?.focus();

/** Hides a table's "swipe sideways" line while the table fits the screen after all. */
function updateScrollHints(): void {
  for (const region of document.querySelectorAll<HTMLElement>(".table-scroll")) {
    const hint = region.previousElementSibling;
    if (hint instanceof HTMLElement && hint.classList.contains("scroll-hint"))
      hint.hidden = region.scrollWidth <= region.clientWidth;
  }
}

updateScrollHints();
window.addEventListener("resize", updateScrollHints);

/**
 * A second press of a form's button while its first post is still on its way sends nothing: a
 * double click on "Yes, delete" deleted, then answered the second post with "not found". After a
 * few seconds the form can be sent again (a download leaves the page where it is).
 */
const SEND_AGAIN_AFTER_MS = 5000;
document.addEventListener("submit", (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || form.method !== "post" || event.defaultPrevented) return;
  const sentAt = Number(form.dataset.sentAt ?? 0);
  if (Date.now() - sentAt < SEND_AGAIN_AFTER_MS) {
    event.preventDefault();
    return;
  }
  form.dataset.sentAt = String(Date.now());
});
// Back on a page kept in the browser's memory, every form can be sent at once again.
window.addEventListener("pageshow", (event) => {
  if (event.persisted) for (const form of document.forms) delete form.dataset.sentAt;
});
