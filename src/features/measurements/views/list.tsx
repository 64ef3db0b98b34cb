/** The organisation's measurements, newest first, with the way to a new one for those who run them. */
import type { Locale, Translate } from "../../../web/i18n/index.js";
import type { MeasurementSummary } from "../service/queries.js";
import { periodLabel } from "./labels.js";
import { ScrollTable } from "../../../web/components/scroll-table.js";

interface ListProps {
  t: Translate;
  locale: Locale;
  list: MeasurementSummary[];
  /** False for an advisor, who reads and changes nothing. */
  runs: boolean;
}

export function ListPage({ t, locale, list, runs }: ListProps) {
  return (
    <>
      {runs ? (
        <p>
          <a href="/organisation">{t("org.title")}</a>
        </p>
      ) : null}
      <h1>{t("measure.list.title")}</h1>
      <p class="lead">{runs ? t("measure.list.intro") : t("measure.list.readOnly")}</p>
      <p>
        {runs ? (
          <>
            <a class="button" href="/organisation/measurements/new">
              {t("measure.list.new")}
            </a>{" "}
          </>
        ) : null}
        <a href="/organisation/measurements/compare">{t("measure.compare.title")}</a>
      </p>
      {list.length === 0 ? (
        <p>{t("measure.list.none")}</p>
      ) : (
        <ScrollTable t={t} caption={t("measure.list.caption")}>
          <thead>
            <tr>
              <th scope="col">{t("measure.col.title")}</th>
              <th scope="col">{t("measure.col.kind")}</th>
              <th scope="col">{t("measure.col.period")}</th>
              <th scope="col">{t("measure.col.status")}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((m) => (
              <tr>
                <th scope="row">
                  <a href={`/organisation/measurements/${m.id}`}>{m.title}</a>
                </th>
                <td>{t(`measure.kind.${m.kind}`)}</td>
                <td>{periodLabel(t, locale, m)}</td>
                <td>{t(`measure.status.${m.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
    </>
  );
}
