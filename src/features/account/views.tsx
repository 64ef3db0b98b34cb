/** The account page. */
import type { Locale, Translate } from "../../web/i18n/index.js";
import type { Viewer } from "../../auth/viewer.js";
import { isStaff } from "../../auth/viewer.js";
import { ErrorSummary, Field, Form, formFields, Select } from "../../web/components/forms.js";
import type { FormErrors, FormValues } from "../../web/validation.js";
import { mayUseSecondFactor, TwoFactorStatus } from "../two-factor/index.js";
import { Section } from "../../web/components/section.js";
import { ButtonForm } from "../../web/components/button-form.js";
import { languageOptions } from "../../web/part-language.js";

interface Props {
  t: Translate;
  locale: Locale;
  viewer: Viewer;
  csrf: string;
  values: FormValues;
  errors?: FormErrors;
}

export function AccountPage({ t, locale, viewer, csrf, values, errors = {} }: Props) {
  const staff = isStaff(viewer) || viewer.isPlatformAdmin;
  const field = formFields(values, errors);
  return (
    <>
      <h1>{t("account.title")}</h1>
      <ErrorSummary t={t} errors={errors} />
      <Form action="/account" csrf={csrf}>
        <Field {...field("name")} label={t("account.name")} autocomplete="name" required />
        <p>
          {t("account.email")}: <strong>{viewer.email}</strong>
        </p>
        <Select
          name="locale"
          label={t("account.language")}
          value={values.locale}
          options={[{ value: "", label: t("account.language.auto") }, ...languageOptions(locale)]}
        />
        <button type="submit">{t("form.save")}</button>
      </Form>
      {staff ? (
        <Section id="password-title" title={t("account.password.title")}>
          <p>{t("account.password.intro")}</p>
          <Form action="/account/password" csrf={csrf}>
            <Field
              name="password"
              type="password"
              label={t("account.password.new")}
              hint={t("account.password.hint")}
              error={errors.password}
              autocomplete="new-password"
              required
            />
            <button type="submit">{t("account.password.submit")}</button>
          </Form>
        </Section>
      ) : null}
      <p>
        <a href="/account/notifications">{t("notifications.accountLink")}</a>
      </p>
      {mayUseSecondFactor(viewer) ? <TwoFactorStatus t={t} on={viewer.hasSecondFactor} /> : null}
      <Section id="export-title" title={t("account.export.title")}>
        <p>{t("account.export.intro")}</p>
        <p>
          <a href="/account/export.json" download>
            {t("account.export.link")}
          </a>
        </p>
      </Section>
      <Section id="sessions-title" title={t("account.sessions.title")}>
        <p>{t("signOut.everywhere.hint")}</p>
        <ButtonForm action="/sign-out/everywhere" csrf={csrf} label={t("signOut.everywhere")} />
      </Section>
      <Section id="delete-title" title={t("account.delete.section")}>
        <p>{t("account.delete.section.intro")}</p>
        <p>
          <a href="/account/delete">{t("account.delete.link")}</a>
        </p>
      </Section>
    </>
  );
}

/**
 * Setting a password needs a recent sign-in: a session someone took over must not give them a
 * lasting login. The sign-in brings the person back to `back`, the page that asked.
 */
export function SignInAgainPage({ t, minutes, back }: { t: Translate; minutes: number; back: string }) {
  return (
    <>
      <h1>{t("account.password.signInAgain.title")}</h1>
      <p>{t("account.password.signInAgain.body", { minutes })}</p>
      <p>
        <a href={`/sign-in?next=${encodeURIComponent(back)}`}>{t("account.password.signInAgain.link")}</a>
      </p>
    </>
  );
}
