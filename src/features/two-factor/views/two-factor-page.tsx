/** /account/two-factor: why, the authenticator app, passkeys and recovery codes. */
import type { Locale, Translate } from "../../../web/i18n/index.js";
import { ErrorSummary } from "../../../web/components/forms.js";
import type { FormErrors } from "../../../web/validation.js";
import type { PasskeySummary } from "../passkeys.js";
import type { AppState } from "../factors.js";
import { AppSection } from "./app-section.js";
import { PasskeySection } from "./passkey-section.js";
import { RecoverySection } from "./recovery-section.js";

interface Props {
  t: Translate;
  locale: Locale;
  csrf: string;
  /** Organisations that send this person here because they require a second factor. */
  requiredBy: string[];
  app: AppState;
  passkeys: PasskeySummary[];
  /** Recovery codes, once the person has a second factor: new ones to show once, and how many are unused. */
  recovery: { fresh: string[] | null; unused: number } | null;
  errors?: FormErrors;
}

export function TwoFactorPage({ t, locale, csrf, requiredBy, app, passkeys, recovery, errors = {} }: Props) {
  return (
    <>
      <h1>{t("twoFactor.title")}</h1>
      {requiredBy.length ? (
        <div class="notice">
          <h2>{t("twoFactor.required.title")}</h2>
          <p>{t("twoFactor.required.body", { organisations: requiredBy.join(", ") })}</p>
        </div>
      ) : null}
      <p>{t("twoFactor.intro")}</p>
      <ErrorSummary t={t} errors={errors} />
      <AppSection t={t} csrf={csrf} app={app} error={errors.code} />
      <PasskeySection t={t} locale={locale} csrf={csrf} passkeys={passkeys} />
      {recovery ? <RecoverySection t={t} csrf={csrf} {...recovery} /> : null}
    </>
  );
}
