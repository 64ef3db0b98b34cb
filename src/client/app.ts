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
