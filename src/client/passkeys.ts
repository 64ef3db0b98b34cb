/**
 * Progressive enhancement for passkeys: shows the hidden passkey forms when the
 * browser supports WebAuthn, and runs the ceremony on submit — options from the
 * server, the browser's dialog, the answer back as JSON (CSRF token as a header).
 * Without this script the authenticator-app forms still work.
 */
import {
  browserSupportsWebAuthn,
  startAuthentication,
  startRegistration,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
} from "@simplewebauthn/browser";

/** The server's answer to a passkey: where to go next, or a message to show. */
interface Reply {
  redirect?: string;
  error?: string;
}

/** Posts JSON; a 422 carries a message to show, any other failure throws. */
async function postJson<T>(url: string, csrf: string, body: unknown): Promise<T> {
  const response = await fetch(url, {
    method: "POST",
    credentials: "same-origin",
    headers: { "content-type": "application/json", "x-csrf-token": csrf },
    body: JSON.stringify(body),
  });
  if (!response.ok && response.status !== 422) throw new Error(`HTTP ${response.status}`);
  return (await response.json()) as T;
}

function field(form: HTMLFormElement, name: string): string {
  const element = form.elements.namedItem(name);
  return element instanceof HTMLInputElement ? element.value : "";
}

async function ceremony(form: HTMLFormElement, csrf: string): Promise<Reply> {
  const optionsUrl = form.dataset.optionsUrl ?? "";
  if (form.dataset.passkey === "register") {
    const optionsJSON = await postJson<PublicKeyCredentialCreationOptionsJSON>(optionsUrl, csrf, {});
    const response = await startRegistration({ optionsJSON });
    return postJson<Reply>(form.action, csrf, { name: field(form, "name"), response });
  }
  const optionsJSON = await postJson<PublicKeyCredentialRequestOptionsJSON>(optionsUrl, csrf, {});
  const response = await startAuthentication({ optionsJSON });
  return postJson<Reply>(form.action, csrf, { response });
}

function enhance(form: HTMLFormElement): void {
  const status = form.querySelector<HTMLElement>("[data-passkey-status]");
  const button = form.querySelector<HTMLButtonElement>("button[type=submit]");
  const csrf = field(form, "_csrf");
  form.closest(".passkey")?.querySelector<HTMLElement>("[data-passkey-fallback]")?.setAttribute("hidden", "");
  form.hidden = false;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (status) status.textContent = "";
    if (button) button.disabled = true;
    void ceremony(form, csrf)
      .catch((): Reply => ({}))
      .then((reply) => {
        if (reply.redirect) return window.location.assign(reply.redirect);
        if (status) status.textContent = reply.error ?? form.dataset.failed ?? "";
        if (button) button.disabled = false;
      });
  });
}

if (browserSupportsWebAuthn()) document.querySelectorAll<HTMLFormElement>("form[data-passkey]").forEach(enhance);
