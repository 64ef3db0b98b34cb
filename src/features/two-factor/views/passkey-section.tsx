/** The passkeys part of /account/two-factor: the list, removing one, adding one. */
import type { Locale, Translate } from "../../../web/i18n/index.js";
import { Field, Form } from "../../../web/components/forms.js";
import type { PasskeySummary } from "../passkeys.js";
import { PasskeyForm } from "./passkey-form.js";
import { Section } from "../../../web/components/section.js";
import { Detail } from "../../../web/components/detail.js";
import { formatDate } from "../../../lib/time/format.js";
import { schoolDate } from "../../../lib/time/school-date.js";

interface Props {
  t: Translate;
  locale: Locale;
  csrf: string;
  passkeys: PasskeySummary[];
}

export function PasskeySection({ t, locale, csrf, passkeys }: Props) {
  const day = (at: Date) => formatDate(locale, schoolDate(at));
  const status = t("twoFactor.status", {
    status: t(passkeys.length ? "twoFactor.status.on" : "twoFactor.status.off"),
  });
  return (
    <Section id="passkeys-title" title={t("twoFactor.passkeys.title")}>
      <p>
        <strong>{status}</strong>
      </p>
      <p>{t("twoFactor.passkeys.intro")}</p>
      {passkeys.length === 0 ? (
        <p>{t("twoFactor.passkeys.none")}</p>
      ) : (
        <ul class="cards" aria-label={t("twoFactor.passkeys.caption")}>
          {passkeys.map((p) => (
            <li class="card">
              <h3>{p.name}</h3>
              <dl class="passkey-dates">
                <Detail term={t("twoFactor.passkeys.created")}>
                  <time datetime={p.createdAt.toISOString()}>{day(p.createdAt)}</time>
                </Detail>
                <Detail term={t("twoFactor.passkeys.lastUsed")}>
                  {p.lastUsedAt ? (
                    <time datetime={p.lastUsedAt.toISOString()}>{day(p.lastUsedAt)}</time>
                  ) : (
                    t("twoFactor.passkeys.never")
                  )}
                </Detail>
              </dl>
              <Form action={`/account/two-factor/passkeys/${p.id}/delete`} csrf={csrf}>
                <button
                  type="submit"
                  class="secondary"
                  aria-label={t("twoFactor.passkeys.removeLabel", { name: p.name })}
                >
                  {t("twoFactor.passkeys.remove")}
                </button>
              </Form>
            </li>
          ))}
        </ul>
      )}
      <PasskeyForm
        mode="register"
        action="/account/two-factor/passkeys"
        optionsUrl="/account/two-factor/passkeys/options"
        csrf={csrf}
        failed={t("twoFactor.passkeys.failed")}
        fallback={t("twoFactor.passkeys.needsScript")}
      >
        <Field
          name="name"
          label={t("twoFactor.passkeys.nameLabel")}
          hint={t("twoFactor.passkeys.nameHint")}
          autocomplete="off"
        />
        <button type="submit">{t("twoFactor.passkeys.add")}</button>
      </PasskeyForm>
    </Section>
  );
}
