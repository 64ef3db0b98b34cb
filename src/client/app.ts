import { FORM_TOKEN_FIELD } from "../web/form-token-field.js";

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
  carryFirstToken(form, event.submitter);
});
// Back on a page kept in the browser's memory, every form can be sent at once again.
window.addEventListener("pageshow", (event) => {
  if (event.persisted) for (const form of document.forms) delete form.dataset.sentAt;
});

/**
 * Back on a page whose form was sent, the browser asks for the page again (nothing is kept:
 * no-store) and gets a form with a new one-time token (once-per-form.ts), but fills its fields in
 * again as they were sent: sent once more, it created a second identical reaction. So the page's
 * entry in the history remembers, per form, the token it sent with a fingerprint of its fields
 * (a hash: what a parent wrote stays out of the history), and the same fields sent again from
 * that entry carry the first token, which the server answers as it answered the first time.
 * Changed fields are a new form with the token it came with.
 */
const SENT_FORMS = "samenSentForms";

interface SentForm {
  token: string;
  fields: string;
}

function carryFirstToken(form: HTMLFormElement, submitter: HTMLElement | null): void {
  const token = form.elements.namedItem(FORM_TOKEN_FIELD);
  if (!(token instanceof HTMLInputElement)) return;
  const state = historyState();
  const sent = (state[SENT_FORMS] ?? {}) as Record<string, SentForm>;
  const fields = fingerprint(form, submitter);
  const first = sent[form.action];
  if (first?.fields === fields) token.value = first.token;
  else history.replaceState({ ...state, [SENT_FORMS]: { ...sent, [form.action]: { token: token.value, fields } } }, "");
}

function historyState(): Record<string, unknown> {
  const state: unknown = history.state;
  return state !== null && typeof state === "object" ? (state as Record<string, unknown>) : {};
}

/** What the form sends but its hidden tokens, as a hash. */
function fingerprint(form: HTMLFormElement, submitter: HTMLElement | null): string {
  const parts: string[] = [];
  for (const [name, value] of new FormData(form, submitter)) {
    if (name === "_csrf" || name === FORM_TOKEN_FIELD) continue;
    parts.push(name, typeof value === "string" ? value : `${value.name}:${value.size}:${value.lastModified}`);
  }
  return cyrb53(JSON.stringify(parts));
}

/** A 53-bit hash (cyrb53, public domain): enough to tell two texts sent from one page apart. */
function cyrb53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * A choice that depends on another field (the teachers of the chosen child): only the group of
 * options for that field's value is offered, and a choice from another group goes back to the first
 * option. Without the script every group shows under its heading and the server checks the pair.
 */
function followChoice(select: HTMLSelectElement): void {
  const leader = select.form?.elements.namedItem(select.dataset.follows ?? "");
  if (!(leader instanceof HTMLSelectElement)) return;
  const update = () => {
    for (const group of select.querySelectorAll<HTMLOptGroupElement>("optgroup[data-when]")) {
      const offered = group.dataset.when === leader.value;
      group.hidden = !offered;
      group.disabled = !offered;
    }
    if (select.selectedOptions[0]?.disabled) select.selectedIndex = 0;
  };
  leader.addEventListener("change", update);
  update();
}

document.querySelectorAll<HTMLSelectElement>("select[data-follows]").forEach(followChoice);
