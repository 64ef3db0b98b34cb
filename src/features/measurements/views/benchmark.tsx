/**
 * The benchmark beside the school's own figures: per group and domain the
 * mean now of this school and of schools of the same kind. Only pairs that at
 * least five schools share come from the server at all; no school is named.
 */
import type { Locale, Translate } from "../../../web/i18n/index.js";
import type { ResultsView } from "../service/results.js";
import { cellsOf, domainFigures, type DomainName } from "./cells.js";
import { formatMean, groupLabel } from "./labels.js";
import { ScrollTable } from "../../../web/components/scroll-table.js";

export function BenchmarkSection(props: { t: Translate; locale: Locale; view: ResultsView; domainName: DomainName }) {
  const { t, locale, view, domainName } = props;
  const cells = cellsOf(view);
  const rows = view.benchmark.flatMap((entry) => {
    const own = cells.find((c) => c.group === entry.group);
    return own ? [{ entry, own: domainFigures(own.cell, entry.domain) }] : [];
  });
  return (
    <section aria-labelledby="benchmark-title">
      <h2 id="benchmark-title">{t("measure.benchmark.title")}</h2>
      <p>{t("measure.benchmark.intro")}</p>
      {rows.length === 0 ? (
        <p class="notice">{t("measure.benchmark.none")}</p>
      ) : (
        <ScrollTable t={t} caption={t("measure.benchmark.caption")}>
          <thead>
            <tr>
              <th scope="col">{t("measure.results.domain")}</th>
              <th scope="col">{t("measure.results.group")}</th>
              <th scope="col">{t("measure.benchmark.own")}</th>
              <th scope="col">{t("measure.benchmark.others")}</th>
              <th scope="col">{t("measure.benchmark.organisations")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ entry, own }) => (
              <tr>
                <th scope="row">{domainName(entry.domain)}</th>
                <td>{groupLabel(t, entry.group)}</td>
                {own ? (
                  <td>{formatMean(own.current.mean, locale)}</td>
                ) : (
                  <td class="hidden-cell">{t("measure.results.tooFew")}</td>
                )}
                <td>{formatMean(entry.current, locale)}</td>
                <td>{entry.organisations}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
    </section>
  );
}
