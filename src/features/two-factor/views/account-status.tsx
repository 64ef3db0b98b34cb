/** The line on /account that says whether two-step verification is on, with a link to set it up. */
import type { Translate } from "../../../web/i18n/index.js";
import { Section } from "../../../web/components/section.js";

export function TwoFactorStatus({ t, on }: { t: Translate; on: boolean }) {
  return (
    <Section id="two-factor-title" title={t("twoFactor.title")}>
      <p>{t(on ? "twoFactor.account.on" : "twoFactor.account.off")}</p>
      <p>
        <a href="/account/two-factor">{t("twoFactor.account.manage")}</a>
      </p>
    </Section>
  );
}
