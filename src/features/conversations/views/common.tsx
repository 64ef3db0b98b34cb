/** Props and small pieces the conversation views share. */
import type { Locale, Translate } from "../../../web/i18n/index.js";
import type { FormErrors, FormValues } from "../../../web/validation.js";
import { bookingWindow } from "../domain/rules.js";
import { formatMoment } from "../../../lib/time/format.js";
import type { Round } from "../service/find-round.js";

export interface ViewProps {
  t: Translate;
  csrf: string;
  locale: Locale;
}

export interface FormState {
  values?: FormValues;
  errors?: FormErrors;
}

/** One line on where the round stands now: not open yet, open until, closed, awaiting the allocation. */
export function RoundState({ t, locale, round, now }: { t: Translate; locale: Locale; round: Round; now: Date }) {
  const state = bookingWindow(round, now);
  if (state === "notOpenYet")
    return <p>{t("conversations.state.notOpenYet", { date: formatMoment(locale, round.opensAt) })}</p>;
  if (state === "open") {
    const key = round.mode === "fair" ? "conversations.state.preferencesOpen" : "conversations.state.open";
    return <p>{t(key, { date: formatMoment(locale, round.closesAt) })}</p>;
  }
  const waiting = round.mode === "fair" && !round.publishedAt;
  return <p>{t(waiting ? "conversations.state.awaitingAllocation" : "conversations.state.closed")}</p>;
}

/** A group of checkboxes under one legend; the first carries the id the error summary links to. */
export function CheckboxGroup(props: {
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  checked: readonly string[];
  error?: string | undefined;
}) {
  const { name, error } = props;
  return (
    <fieldset
      class={error ? "field field-invalid" : "field"}
      aria-describedby={error ? `field-${name}-error` : undefined}
    >
      <legend>{props.legend}</legend>
      {error ? (
        <p class="field-error" id={`field-${name}-error`}>
          {error}
        </p>
      ) : null}
      {props.options.map((option, index) => {
        const id = index === 0 ? `field-${name}` : `field-${name}-${index}`;
        return (
          <div class="checkbox">
            <input
              type="checkbox"
              id={id}
              name={name}
              value={option.value}
              checked={props.checked.includes(option.value)}
              aria-invalid={error ? "true" : undefined}
            />
            <label for={id}>{option.label}</label>
          </div>
        );
      })}
    </fieldset>
  );
}
