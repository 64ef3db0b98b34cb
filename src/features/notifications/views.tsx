/** The settings page and the unsubscribe pages. */
import type { Translate } from "../../web/i18n/index.js";
import { ErrorSummary, Form, formFields, Select } from "../../web/components/forms.js";
import type { FormErrors, FormValues } from "../../web/validation.js";
import { deliveries, type NotificationKind } from "../../notifications/kinds.js";
import { Section } from "../../web/components/section.js";

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

interface SettingsProps {
  t: Translate;
  csrf: string;
  /** The kinds this person gets (kindsFor). */
  kinds: readonly NotificationKind[];
  values: FormValues;
  errors?: FormErrors;
}

export function SettingsPage({ t, csrf, kinds, values, errors = {} }: SettingsProps) {
  const field = formFields(values, errors);
  const options = deliveries.map((d) => ({ value: d, label: t(`notifications.delivery.${d}`) }));
  return (
    <>
      <h1>{t("notifications.title")}</h1>
      <p>{t("notifications.intro")}</p>
      <ErrorSummary t={t} errors={errors} />
      <Form action="/account/notifications" csrf={csrf}>
        <fieldset>
          <legend>{t("notifications.kinds")}</legend>
          {kinds
            .filter((kind) => !kind.urgent)
            .map((kind) => (
              <Select {...field(kind.name)} label={t(kind.label)} options={options} />
            ))}
        </fieldset>
        <Select
          {...field("digestHour")}
          label={t("notifications.digestHour")}
          hint={t("notifications.digestHour.hint")}
          options={HOURS.map((hour) => ({ value: String(hour), label: `${String(hour).padStart(2, "0")}:00` }))}
        />
        <button type="submit">{t("form.save")}</button>
      </Form>
      <Section id="urgent-title" title={t("notifications.urgent.title")}>
        <p>{t("notifications.urgent.intro")}</p>
        <ul>
          {kinds
            .filter((kind) => kind.urgent)
            .map((kind) => (
              <li>{t(kind.label)}</li>
            ))}
        </ul>
      </Section>
    </>
  );
}

/** What an unsubscribe link shows: the question with its button, the outcome, or why not. */
export type UnsubscribeState =
  | { step: "ask"; kind: string | null; action: string }
  | { step: "done"; kind: string | null }
  | { step: "urgent" }
  | { step: "invalid" };

export function UnsubscribePage({ t, state }: { t: Translate; state: UnsubscribeState }) {
  return (
    <>
      <h1>{t("notifications.unsubscribe.title")}</h1>
      <UnsubscribeBody t={t} state={state} />
      <p>
        <a href="/account/notifications">{t("notifications.unsubscribe.settings")}</a>
      </p>
    </>
  );
}

function UnsubscribeBody({ t, state }: { t: Translate; state: UnsubscribeState }) {
  switch (state.step) {
    case "ask":
      return (
        // No CSRF token: the signed link is all it takes, as a mail client's one-click POST (RFC 8058).
        <form method="post" action={state.action}>
          <p>
            {state.kind
              ? t("notifications.unsubscribe.ask", { kind: state.kind })
              : t("notifications.unsubscribe.askDigest")}
          </p>
          <button type="submit">{t("notifications.unsubscribe.submit")}</button>
        </form>
      );
    case "done":
      return (
        <p role="status">
          {state.kind
            ? t("notifications.unsubscribe.done", { kind: state.kind })
            : t("notifications.unsubscribe.doneDigest")}
        </p>
      );
    case "urgent":
      return <p>{t("notifications.unsubscribe.urgent")}</p>;
    case "invalid":
      return <p>{t("notifications.unsubscribe.invalid")}</p>;
  }
}
