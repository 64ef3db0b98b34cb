/**
 * The team's capacity for change from the nulmeting, beside the sessions, so the school plans what
 * it can carry. Hidden below the anonymity threshold: then it says why and shows no figure.
 */
import { intlLocale } from "../../../lib/time/format.js";
import type { Locale, Translate } from "../../../web/i18n/index.js";
import type { NulmetingCapacity } from "../service/timeline.js";
import { Section } from "../../../web/components/section.js";

const oneDecimal = (locale: Locale, n: number | null) =>
  n === null ? "–" : n.toLocaleString(intlLocale(locale), { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const percent = (n: number | null) => (n === null ? "–" : `${Math.round(n * 100)}%`);

export function CapacityPanel({ t, locale, data }: { t: Translate; locale: Locale; data: NulmetingCapacity | null }) {
  return (
    <Section id="capacity-title" title={t("trajectory.capacity.title")} level={3} class="card">
      {data === null ? (
        <p>{t("trajectory.capacity.noBaseline")}</p>
      ) : !data.capacity.shown ? (
        <p>{t(`trajectory.capacity.hidden.${data.capacity.reason}`)}</p>
      ) : (
        <>
          <p class="hint">
            {t("trajectory.capacity.intro", { title: data.measurement.title, n: data.capacity.respondents })}
          </p>
          {/* Scrolls inside its region on a narrow phone rather than widening the page. */}
          <div class="table-scroll" role="region" tabindex={0} aria-label={t("trajectory.capacity.title")}>
            <table>
              <caption class="visually-hidden">{t("trajectory.capacity.title")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("trajectory.capacity.aspect")}</th>
                  <th scope="col">{t("trajectory.capacity.mean")}</th>
                  <th scope="col">{t("trajectory.capacity.positive")}</th>
                </tr>
              </thead>
              <tbody>
                {data.capacity.aspects.map(({ aspect, summary }) => (
                  <tr>
                    <th scope="row">{t(`trajectory.capacity.aspect.${aspect}`)}</th>
                    <td>{oneDecimal(locale, summary.mean)}</td>
                    <td>{percent(summary.positiveShare)}</td>
                  </tr>
                ))}
                <tr class="total-row">
                  <th scope="row">{t("trajectory.capacity.overall")}</th>
                  <td>{oneDecimal(locale, data.capacity.overall.mean)}</td>
                  <td>{percent(data.capacity.overall.positiveShare)}</td>
                </tr>
              </tbody>
            </table>
          </div>
        </>
      )}
    </Section>
  );
}
