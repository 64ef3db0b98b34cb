/**
 * The benchmark beside the school's own figures: per group and domain the
 * mean now of this school and of schools of the same kind. Only pairs that at
 * least five schools share come from the server at all; no school is named.
 */
import type { Locale, Translate } from "../../../web/i18n/index.js";
import type { ResultsView } from "../service/results.js";
import { cellsOf, domainFigures, type DomainName } from "./cells.js";
import { formatMean, groupLabel } from "./labels.js";
import { DataTable } from "../../../web/components/data-table.js";
import { Section } from "../../../web/components/section.js";

export function BenchmarkSection(props: { t: Translate; locale: Locale; view: ResultsView; domainName: DomainName }) {
  const { t, locale, view, domainName } = props;
  const cells = cellsOf(view);
  const rows = view.benchmark.flatMap((entry) => {
    const own = cells.find((c) => c.group === entry.group);
    return own ? [{ entry, own: domainFigures(own.cell, entry.domain) }] : [];
  });
  return (
    <Section id="benchmark-title" title={t("measure.benchmark.title")}>
      <p>{t("measure.benchmark.intro")}</p>
      {rows.length === 0 ? (
        <p class="notice">{t("measure.benchmark.none")}</p>
      ) : (
        <DataTable
          t={t}
          caption={t("measure.benchmark.caption")}
          rows={rows}
          columns={[
            { label: t("measure.results.domain"), cell: ({ entry }) => domainName(entry.domain) },
            { label: t("measure.results.group"), cell: ({ entry }) => groupLabel(t, entry.group) },
            {
              label: t("measure.benchmark.own"),
              cell: ({ own }) => (own ? formatMean(own.current.mean, locale) : t("measure.results.tooFew")),
              cellClass: ({ own }) => (own ? undefined : "hidden-cell"),
            },
            { label: t("measure.benchmark.others"), cell: ({ entry }) => formatMean(entry.current, locale) },
            { label: t("measure.benchmark.organisations"), cell: ({ entry }) => entry.organisations },
          ]}
        />
      )}
    </Section>
  );
}
