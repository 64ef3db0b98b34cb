/**
 * What anyone sees: the verdict on a code, with the organisation's name and the dates and
 * nothing else, and the list of certified organisations that chose to be on it. An unknown code
 * gets the page of the same shape as a revoked one: a heading with the verdict and a short list.
 */
import { formatDate } from "../../../lib/time/format.js";
import type { Locale, Translate } from "../../../web/i18n/index.js";
import type { Listed, Verdict } from "../service/verify.js";
import { Detail } from "../../../web/components/detail.js";

type Base = { t: Translate; locale: Locale };

export function VerifyPage({ t, locale, verdict }: Base & { verdict: Verdict }) {
  const date = (value: string) => formatDate(locale, value);
  return (
    <section class="narrow">
      <h1>{t("certification.public.title")}</h1>
      <p class="lead" role="status">
        <strong>{t(`certification.public.${verdict.status}`)}</strong>
      </p>
      {verdict.status === "unknown" ? (
        <p>{t("certification.public.unknownHint")}</p>
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
      <p>{t("certification.public.about")}</p>
      <p>
        <a href="/certificaten">{t("certification.public.list")}</a>
      </p>
    </section>
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
    </section>
  );
}
