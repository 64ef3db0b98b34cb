/** The line on /account that says whether two-step verification is on, with a link to set it up. */
import type { Translate } from "../../../web/i18n/index.js";

export function TwoFactorStatus({ t, on }: { t: Translate; on: boolean }) {
  return (
    <section aria-labelledby="two-factor-title">
      <h2 id="two-factor-title">{t("twoFactor.title")}</h2>
      <p>{t(on ? "twoFactor.account.on" : "twoFactor.account.off")}</p>
      <p>
        <a href="/account/two-factor">{t("twoFactor.account.manage")}</a>
      </p>
    </section>
  );
}
