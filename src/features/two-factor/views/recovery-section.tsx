/** Recovery codes on /account/two-factor: the new ones, shown once, and how many are left. */
import type { Translate } from "../../../web/i18n/index.js";
import { Form } from "../../../web/components/forms.js";
import { Section } from "../../../web/components/section.js";

interface Props {
  t: Translate;
  csrf: string;
  /** Codes made just now, shown this once; null otherwise. */
  fresh: string[] | null;
  unused: number;
}

export function RecoverySection({ t, csrf, fresh, unused }: Props) {
  return (
    <Section id="recovery-title" title={t("twoFactor.recovery.title")}>
      {fresh ? (
        <div class="notice">
          <p>
            <strong>{t("twoFactor.recovery.fresh")}</strong>
          </p>
          <ul class="recovery-codes">
            {fresh.map((code) => (
              <li>
                <code>{code}</code>
              </li>
            ))}
          </ul>
          <p>
            <a href="/home">{t("twoFactor.recovery.continue")}</a>
          </p>
        </div>
      ) : (
        <p>{t("twoFactor.recovery.unused", { count: unused })}</p>
      )}
      <p>{t("twoFactor.recovery.intro")}</p>
      <Form action="/account/two-factor/recovery-codes" csrf={csrf}>
        <button type="submit" class="secondary">
          {t(unused || fresh ? "twoFactor.recovery.replace" : "twoFactor.recovery.make")}
        </button>
      </Form>
    </Section>
  );
}
