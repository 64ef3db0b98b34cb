/** One measurement for staff: its period, the response rates per group (counts only), open links, closing. */
import { Form } from "../../../web/components/forms.js";
import type { Locale, Translate } from "../../../web/i18n/index.js";
import type { AudienceRate, MeasurementDetail } from "../service/queries.js";
import { audienceLabel, periodLabel } from "./labels.js";

interface DetailProps {
  t: Translate;
  locale: Locale;
  csrf: string;
  measurement: MeasurementDetail;
  publicUrl: string;
  /** How many made-up responses the demo button adds; null outside development. */
  simulate: number | null;
}

export function DetailPage({ t, locale, csrf, measurement: m, publicUrl, simulate }: DetailProps) {
  const base = `/organisation/measurements/${m.id}`;
  const withLinks = m.audiences.filter((a) => a.openToken);
  return (
    <>
      <p>
        <a href="/organisation/measurements">{t("measure.back")}</a>
      </p>
      <h1>{m.title}</h1>
      <dl class="details">
        <dt>{t("measure.col.kind")}</dt>
        <dd>{t(`measure.kind.${m.kind}`)}</dd>
        <dt>{t("measure.col.period")}</dt>
        <dd>{periodLabel(t, locale, m)}</dd>
        <dt>{t("measure.col.status")}</dt>
        <dd>{t(`measure.status.${m.status}`)}</dd>
      </dl>
      <p>{t("measure.detail.threshold", { n: m.threshold })}</p>
      {m.status === "closed" ? (
        <p>
          <a class="button" href={`${base}/results`}>
            {t("measure.results.link")}
          </a>
        </p>
      ) : null}
      <Rates t={t} audiences={m.audiences} threshold={m.threshold} />
      {withLinks.length && m.status !== "closed" ? (
        <section aria-labelledby="links-title">
          <h2 id="links-title">{t("measure.links.title")}</h2>
          <p>{t("measure.links.intro")}</p>
          <div class="table-wrap">
            <table>
              <caption>{t("measure.links.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("measure.rates.audience")}</th>
                  <th scope="col">{t("measure.links.link")}</th>
                </tr>
              </thead>
              <tbody>
                {withLinks.map((a) => (
                  <tr>
                    <th scope="row">{audienceLabel(t, a)}</th>
                    <td class="open-link">{`${publicUrl}/m/open/${a.openToken}`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
      {m.status !== "closed" && simulate ? (
        <section aria-labelledby="simulate-title">
          <h2 id="simulate-title">{t("measure.simulate.title")}</h2>
          <p>{t("measure.simulate.intro")}</p>
          <Form action={`${base}/simulate`} csrf={csrf}>
            <button type="submit" class="secondary">
              {t("measure.simulate.button", { n: simulate })}
            </button>
          </Form>
        </section>
      ) : null}
      {m.status !== "closed" ? (
        <section aria-labelledby="close-title">
          <h2 id="close-title">{t("measure.close.title")}</h2>
          <p>{t("measure.close.intro")}</p>
          <Form action={`${base}/close`} csrf={csrf}>
            <button type="submit">{t("measure.close.button")}</button>
          </Form>
        </section>
      ) : null}
    </>
  );
}

/** Counts of responses per audience, and the notice while a group is below the threshold. */
function Rates({ t, audiences, threshold }: { t: Translate; audiences: AudienceRate[]; threshold: number }) {
  const below = audiences.some((a) => a.responded < threshold);
  return (
    <section aria-labelledby="rates-title">
      <h2 id="rates-title">{t("measure.rates.title")}</h2>
      <p>{t("measure.rates.intro")}</p>
      {below ? (
        <p class="notice" role="status">
          {t("measure.rates.notice", { n: threshold })}
        </p>
      ) : null}
      <div class="table-wrap">
        <table>
          <caption>{t("measure.rates.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("measure.rates.audience")}</th>
              <th scope="col">{t("measure.rates.invited")}</th>
              <th scope="col">{t("measure.rates.responded")}</th>
              <th scope="col">{t("measure.rates.state")}</th>
            </tr>
          </thead>
          <tbody>
            {audiences.map((a) => (
              <tr>
                <th scope="row">{audienceLabel(t, a)}</th>
                <td>{a.invited}</td>
                <td>{a.responded}</td>
                <td>
                  {a.responded >= threshold ? t("measure.rates.enough") : t("measure.rates.below", { n: threshold })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
