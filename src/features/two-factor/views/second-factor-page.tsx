/** The second step at sign-in: a code from the app, a passkey, or a choice of both; a recovery code when both are lost. */
import type { Translate } from "../../../web/i18n/index.js";
import { ErrorSummary, Field, Form } from "../../../web/components/forms.js";
import type { FormErrors } from "../../../web/validation.js";
import { CodeField } from "./code-field.js";
import { PasskeyForm } from "./passkey-form.js";
import { Section } from "../../../web/components/section.js";

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
      <ErrorSummary t={t} errors={errors} />
      {hasPasskey ? (
        <Section id="passkey-title" title={t("secondFactor.passkey.title")}>
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
        </Section>
      ) : null}
      {hasTotp ? (
        <Section id="code-title" title={t("secondFactor.code.title")}>
          <Form action="/sign-in/second-factor" csrf={csrf}>
            <CodeField t={t} error={errors.code} />
            <button type="submit">{t("secondFactor.code.submit")}</button>
          </Form>
        </Section>
      ) : null}
      <Section id="recovery-title" title={t("secondFactor.recovery.title")}>
        <p>{t("secondFactor.recovery.intro")}</p>
        <Form action="/sign-in/second-factor/recovery" csrf={csrf}>
          <Field
            name="recoveryCode"
            label={t("secondFactor.recovery.label")}
            hint={t("secondFactor.recovery.hint")}
            error={errors.recoveryCode}
            autocomplete="off"
            required
          />
          <button type="submit" class="secondary">
            {t("secondFactor.recovery.submit")}
          </button>
        </Form>
      </Section>
    </section>
  );
}
