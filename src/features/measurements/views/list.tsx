/** The organisation's measurements, newest first, with the way to a new one for those who run them. */
import type { Locale, Translate } from "../../../web/i18n/index.js";
import type { MeasurementSummary } from "../service/queries.js";
import { periodLabel } from "./labels.js";
import { DataTable } from "../../../web/components/data-table.js";
import { BackLink } from "../../../web/components/back-link.js";

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
      {runs ? <BackLink href="/organisation" label={t("org.title")} /> : null}
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
      <DataTable
        t={t}
        caption={t("measure.list.caption")}
        stack
        empty={t("measure.list.none")}
        rows={list}
        columns={[
          { label: t("measure.col.title"), cell: (m) => <a href={`/organisation/measurements/${m.id}`}>{m.title}</a> },
          { label: t("measure.col.kind"), cell: (m) => t(`measure.kind.${m.kind}`) },
          { label: t("measure.col.period"), cell: (m) => periodLabel(t, locale, m) },
          { label: t("measure.col.status"), cell: (m) => t(`measure.status.${m.status}`) },
        ]}
      />
    </>
  );
}
