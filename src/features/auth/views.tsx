/** Sign-in pages. */
import type { Child } from "hono/jsx";
import type { Translate } from "../../web/i18n/index.js";
import { ErrorSummary, Field, Form, formFields } from "../../web/components/forms.js";
import type { FormErrors, FormValues } from "../../web/validation.js";

interface FormProps {
  t: Translate;
  csrf: string;
  values?: FormValues;
  errors?: FormErrors;
}

/** A sign-in step with a form: its heading, what it asks, the errors of the last try, the fields and the button. */
function SignInStep(props: {
  t: Translate;
  csrf: string;
  errors: FormErrors;
  step: "signIn" | "signIn.password";
  action: string;
  children: Child;
}) {
  const { t, step } = props;
  return (
    <>
      <h1>{t(`${step}.title`)}</h1>
      <p>{t(`${step}.intro`)}</p>
      <ErrorSummary t={t} errors={props.errors} />
      <Form action={props.action} csrf={props.csrf}>
        {props.children}
        <button type="submit">{t(`${step}.submit`)}</button>
      </Form>
    </>
  );
}

export function SignInForm({ t, csrf, values = {}, errors = {} }: FormProps) {
  const field = formFields(values, errors);
  return (
    <section class="narrow">
      <SignInStep t={t} csrf={csrf} errors={errors} step="signIn" action="/sign-in">
        <Field
          {...field("email")}
          type="email"
          label={t("signIn.email")}
          autocomplete="email"
          inputmode="email"
          required
        />
      </SignInStep>
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
      <SignInStep t={t} csrf={csrf} errors={errors} step="signIn.password" action="/sign-in/password">
        <Field {...field("email")} type="email" label={t("signIn.email")} autocomplete="username" required />
        <Field
          name="password"
          type="password"
          label={t("signIn.password.label")}
          error={errors.password}
          autocomplete="current-password"
          required
        />
      </SignInStep>
    </section>
  );
}
