/** Form pieces of the request pages: a labelled text area, a page-level refusal, a length choice. */
import { Select } from "../../../web/components/forms.js";
import type { Translate } from "../../../web/i18n/index.js";
import { meetingLengths } from "../request-schemas.js";

export function TextArea(props: {
  name: string;
  label: string;
  hint?: string;
  value?: string;
  error?: string | undefined;
  maxlength: number;
}) {
  const id = `field-${props.name}`;
  const describedBy = [props.hint ? `${id}-hint` : null, props.error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div class={props.error ? "field field-invalid" : "field"}>
      <label for={id}>{props.label}</label>
      {props.hint ? (
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p class="field-error" id={`${id}-error`}>
          {props.error}
        </p>
      ) : null}
      <textarea
        id={id}
        name={props.name}
        rows={4}
        maxlength={props.maxlength}
        aria-invalid={props.error ? "true" : undefined}
        aria-describedby={describedBy || undefined}
      >
        {props.value ?? ""}
      </textarea>
    </div>
  );
}

/** Why the last step was refused, at the top of the page. */
export function Refusal({ t, message }: { t: Translate; message: string | undefined }) {
  if (!message) return null;
  return (
    <div class="error-summary" role="alert" tabindex={-1}>
      <h2>{t("conversations.book.refused")}</h2>
      <p>{message}</p>
    </div>
  );
}

export function LengthSelect({ t, value }: { t: Translate; value?: string | undefined }) {
  return (
    <Select
      name="minutes"
      label={t("conversations.requests.minutes")}
      value={value ?? "15"}
      options={meetingLengths.map((m) => ({
        value: m,
        label: t("conversations.requests.minutesOption", { minutes: m }),
      }))}
    />
  );
}
