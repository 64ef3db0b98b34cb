/** The authenticator-app part of /account/two-factor: set it up, or turn it off. */
import { raw } from "hono/html";
import type { Translate } from "../../../web/i18n/index.js";
import { Form } from "../../../web/components/forms.js";
import type { AppState } from "../factors.js";
import { CodeField } from "./code-field.js";
import { Section } from "../../../web/components/section.js";

interface Props {
  t: Translate;
  csrf: string;
  app: AppState;
  error?: string | undefined;
}

export function AppSection({ t, csrf, app, error }: Props) {
  const status = t("twoFactor.status", { status: t(app.active ? "twoFactor.status.on" : "twoFactor.status.off") });
  return (
    <Section id="app-title" title={t("twoFactor.app.title")}>
      <p>
        <strong>{status}</strong>
      </p>
      {app.active ? (
        <>
          <p>{t("twoFactor.app.active")}</p>
          <p>{t("twoFactor.app.disable.intro")}</p>
          <Form action="/account/two-factor/app/disable" csrf={csrf}>
            <CodeField t={t} error={error} />
            <button type="submit" class="secondary">
              {t("twoFactor.app.disable.submit")}
            </button>
          </Form>
        </>
      ) : (
        <ol class="steps">
          <li>{t("twoFactor.app.step1")}</li>
          <li>
            <p>{t("twoFactor.app.step2")}</p>
            {/* Server-made SVG (paths only, no script), so the CSP allows it inline. */}
            <div class="qr" role="img" aria-label={t("twoFactor.app.qrLabel")}>
              {raw(app.qrSvg)}
            </div>
            <p>
              {t("twoFactor.app.secretLabel")}: <code class="secret">{app.groupedSecret}</code>
            </p>
          </li>
          <li>
            <p>{t("twoFactor.app.step3")}</p>
            <Form action="/account/two-factor/app" csrf={csrf}>
              <CodeField t={t} error={error} />
              <button type="submit">{t("twoFactor.app.confirm")}</button>
            </Form>
          </li>
        </ol>
      )}
    </Section>
  );
}
