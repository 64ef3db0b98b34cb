/** The six-digit code field, the same wherever a code from the app is asked. */
import type { Translate } from "../../../web/i18n/index.js";
import { Field } from "../../../web/components/forms.js";

export function CodeField({ t, error }: { t: Translate; error?: string | undefined }) {
  return (
    <Field
      name="code"
      label={t("twoFactor.code.label")}
      hint={t("twoFactor.code.hint")}
      error={error}
      autocomplete="one-time-code"
      inputmode="numeric"
      required
    />
  );
}
