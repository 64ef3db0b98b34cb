/**
 * What anyone sees: the verdict on a code, with the organisation's name and the dates and
 * nothing else, and the list of certified organisations that chose to be on it. An unknown code
 * gets the page of the same shape as a revoked one: a heading with the verdict and a short list,
 * and the form to type the code again, holding what was typed (a slip is corrected, not retyped). The form (a GET to /certificaat, so it works without
 * JavaScript) is also on the list and on /certificaat itself.
 */
import { formatDate } from "../../../lib/time/format.js";
import type { Locale, Translate } from "../../../web/i18n/index.js";
import type { Listed, Verdict } from "../service/verify.js";
import { Detail } from "../../../web/components/detail.js";
import { Field } from "../../../web/components/forms.js";
import { Section } from "../../../web/components/section.js";

type Base = { t: Translate; locale: Locale };

export function VerifyPage({ t, locale, verdict, code }: Base & { verdict: Verdict; code: string }) {
  const date = (value: string) => formatDate(locale, value);
  return (
    <section class="narrow">
      <h1>{t("certification.public.title")}</h1>
      <p class="lead" role="status">
        <strong>{t(`certification.public.${verdict.status}`)}</strong>
      </p>
      {verdict.status === "unknown" ? (
        <>
          <p>{t("certification.public.unknownHint")}</p>
          <CodeForm t={t} value={code} />
        </>
      ) : (
        <dl class="details">
          <Detail term={t("certification.public.organisation")}>{verdict.organisation}</Detail>
          <Detail term={t("certification.public.awardedOn")}>{date(verdict.awardedOn)}</Detail>
          <Detail term={t("certification.public.validUntil")}>{date(verdict.validUntil)}</Detail>
          {verdict.status === "revoked" ? (
            <Detail term={t("certification.public.revokedOn")}>{date(verdict.revokedOn)}</Detail>
          ) : null}
        </dl>
      )}
      <AboutAndList t={t} />
    </section>
  );
}

/** /certificaat without a code: the form alone, with what to do when it was sent empty. */
export function CheckPage({ t, error }: { t: Translate; error?: string | undefined }) {
  return (
    <section class="narrow">
      <h1>{t("certification.public.title")}</h1>
      <CodeForm t={t} error={error} />
      <AboutAndList t={t} />
    </section>
  );
}

function AboutAndList({ t }: { t: Translate }) {
  return (
    <>
      <p>{t("certification.public.about")}</p>
      <p>
        <a href="/certificaten">{t("certification.public.list")}</a>
      </p>
    </>
  );
}

/** The code as printed or scanned, sent to /certificaat, which leads to the verdict on it. */
function CodeForm({ t, error, value }: { t: Translate; error?: string | undefined; value?: string }) {
  return (
    <form method="get" action="/certificaat">
      <Field
        name="code"
        label={t("certification.check.label")}
        hint={t("certification.check.hint")}
        error={error}
        value={value}
        autocomplete="off"
      />
      <button type="submit">{t("certification.check.submit")}</button>
    </form>
  );
}

export function ListPage({ t, locale, listed }: Base & { listed: Listed[] }) {
  return (
    <section class="narrow">
      <h1>{t("certification.list.title")}</h1>
      <p class="lead">{t("certification.list.intro")}</p>
      {listed.length ? (
        <ul>
          {listed.map((row) => (
            <li>
              {row.organisation} ({formatDate(locale, row.awardedOn)} – {formatDate(locale, row.validUntil)})
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("certification.list.none")}</p>
      )}
      <Section id="check-title" title={t("certification.public.title")}>
        <CodeForm t={t} />
      </Section>
    </section>
  );
}
