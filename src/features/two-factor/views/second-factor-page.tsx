/** The second step at sign-in: a code from the app, a passkey, or a choice of both. */
import type { Translate } from "../../../web/i18n/index.js";
import { ErrorSummary, Form } from "../../../web/components/forms.js";
import type { FormErrors } from "../../../web/validation.js";
import { CodeField } from "./code-field.js";
import { PasskeyForm } from "./passkey-form.js";

interface Props {
  t: Translate;
  csrf: string;
  hasTotp: boolean;
  hasPasskey: boolean;
  errors?: FormErrors;
}

export function SecondFactorPage({ t, csrf, hasTotp, hasPasskey, errors = {} }: Props) {
  return (
    <section class="narrow">
      <h1>{t("secondFactor.title")}</h1>
      <p>{t("secondFactor.intro")}</p>
      <ErrorSummary title={t("form.errorSummary")} errors={errors} />
      {hasPasskey ? (
        <section aria-labelledby="passkey-title">
          <h2 id="passkey-title">{t("secondFactor.passkey.title")}</h2>
          <PasskeyForm
            mode="sign-in"
            action="/sign-in/second-factor/passkey"
            optionsUrl="/sign-in/second-factor/passkey/options"
            csrf={csrf}
            failed={t("secondFactor.passkey.failed")}
            fallback={t("twoFactor.passkeys.needsScript")}
          >
            <button type="submit">{t("secondFactor.passkey.submit")}</button>
          </PasskeyForm>
        </section>
      ) : null}
      {hasTotp ? (
        <section aria-labelledby="code-title">
          <h2 id="code-title">{t("secondFactor.code.title")}</h2>
          <Form action="/sign-in/second-factor" csrf={csrf}>
            <CodeField t={t} error={errors.code} />
            <button type="submit">{t("secondFactor.code.submit")}</button>
          </Form>
        </section>
      ) : null}
    </section>
  );
}
