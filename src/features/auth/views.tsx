/** Sign-in pages. */
import type { Translate } from "../../web/i18n/index.js";
import { ErrorSummary, Field, Form, formFields } from "../../web/components/forms.js";
import type { FormErrors, FormValues } from "../../web/validation.js";

interface FormProps {
  t: Translate;
  csrf: string;
  values?: FormValues;
  errors?: FormErrors;
}

export function SignInForm({ t, csrf, values = {}, errors = {} }: FormProps) {
  const field = formFields(values, errors);
  return (
    <section class="narrow">
      <h1>{t("signIn.title")}</h1>
      <p>{t("signIn.intro")}</p>
      <ErrorSummary title={t("form.errorSummary")} errors={errors} />
      <Form action="/sign-in" csrf={csrf}>
        <Field
          {...field("email")}
          type="email"
          label={t("signIn.email")}
          autocomplete="email"
          inputmode="email"
          required
        />
        <button type="submit">{t("signIn.submit")}</button>
      </Form>
      <p>
        <a href="/sign-in/password">{t("signIn.password.link")}</a>
      </p>
    </section>
  );
}

export function LinkSent({ t, email }: { t: Translate; email: string }) {
  return (
    <section class="narrow">
      <h1>{t("signIn.sent.title")}</h1>
      <p>{t("signIn.sent.body", { email })}</p>
      <p>
        {t("signIn.sent.again")} <a href="/sign-in">{t("signIn.link.again")}</a>
      </p>
    </section>
  );
}

export function ConfirmLink({ t, csrf, token }: { t: Translate; csrf: string; token: string }) {
  return (
    <section class="narrow">
      <h1>{t("signIn.link.title")}</h1>
      <p>{t("signIn.link.body")}</p>
      <Form action="/sign-in/link" csrf={csrf}>
        <input type="hidden" name="token" value={token} />
        <button type="submit">{t("signIn.link.submit")}</button>
      </Form>
    </section>
  );
}

export function InvalidLink({ t }: { t: Translate }) {
  return (
    <section class="narrow">
      <h1>{t("signIn.link.invalid.title")}</h1>
      <p>{t("signIn.link.invalid.body")}</p>
      <p>
        <a href="/sign-in">{t("signIn.link.again")}</a>
      </p>
    </section>
  );
}

export function PasswordForm({ t, csrf, values = {}, errors = {} }: FormProps) {
  const field = formFields(values, errors);
  return (
    <section class="narrow">
      <h1>{t("signIn.password.title")}</h1>
      <p>{t("signIn.password.intro")}</p>
      <ErrorSummary title={t("form.errorSummary")} errors={errors} />
      <Form action="/sign-in/password" csrf={csrf}>
        <Field {...field("email")} type="email" label={t("signIn.email")} autocomplete="username" required />
        <Field
          name="password"
          type="password"
          label={t("signIn.password.label")}
          error={errors.password}
          autocomplete="current-password"
          required
        />
        <button type="submit">{t("signIn.password.submit")}</button>
      </Form>
    </section>
  );
}
