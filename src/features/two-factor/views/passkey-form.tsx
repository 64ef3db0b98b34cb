/**
 * A passkey action that needs JavaScript. The form is hidden until
 * src/client/passkeys.ts finds WebAuthn in the browser; until then (or without
 * scripts) the fallback text says why there is no button.
 */
import type { Child } from "hono/jsx";
import { CsrfField } from "../../../web/components/forms.js";

interface Props {
  mode: "register" | "sign-in";
  /** Receives the browser's answer as JSON. */
  action: string;
  /** Hands out the options (with the challenge) as JSON. */
  optionsUrl: string;
  csrf: string;
  /** Shown when the browser part fails or is cancelled. */
  failed: string;
  fallback: string;
  children: Child;
}

export function PasskeyForm(props: Props) {
  return (
    <div class="passkey">
      <p class="hint" data-passkey-fallback>
        {props.fallback}
      </p>
      <form
        method="post"
        action={props.action}
        hidden
        novalidate
        data-passkey={props.mode}
        data-options-url={props.optionsUrl}
        data-failed={props.failed}
      >
        <CsrfField token={props.csrf} />
        {props.children}
        <p class="field-error passkey-status" role="alert" data-passkey-status></p>
      </form>
    </div>
  );
}
