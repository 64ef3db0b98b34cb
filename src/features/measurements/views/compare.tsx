/**
 * The comparison over time: a choice of two measurements, then per group a
 * bar chart of the mean now per domain across the measurements, and a table
 * with the same figures and the change. A side with too few responses shows
 * no figure, and no change is given where either side is hidden.
 */
import type { Locale, Translate } from "../../../web/i18n/index.js";
import type { DomainChange } from "../domain/comparison.js";
import type { DomainId, Instrument, RespondentGroup } from "../domain/instrument.js";
import type { MeasurementResults } from "../domain/results.js";
import { pickText } from "../domain/text.js";
import type { ComparisonView } from "../service/compare.js";
import { formatMean, groupLabel } from "./labels.js";
import { TrendChart, TrendLegend } from "./trend-chart.js";
import { ScrollTable } from "../../../web/components/scroll-table.js";
import { BackLink } from "../../../web/components/back-link.js";
import { Section } from "../../../web/components/section.js";

interface Props {
  t: Translate;
  locale: Locale;
  view: ComparisonView;
  instrument: Instrument;
}

type Series = NonNullable<ComparisonView["comparison"]>["series"];

function meanNow(results: MeasurementResults, group: RespondentGroup, domain: DomainId): number | null | "hidden" {
  const cell = results.groups[group];
  if (!cell?.visible) return "hidden";
  return cell.score.domains.find((d) => d.domain === domain)?.current.mean ?? null;
}

export function ComparePage({ t, locale, view, instrument }: Props) {
  const { comparison } = view;
  const label = (m: { title: string; kind: string }) => `${m.title} (${t(`measure.kind.${m.kind as "baseline"}`)})`;
  const options = view.choices.map((c) => ({ value: c.id, label: label(c) }));
  return (
    <>
      <BackLink href="/organisation/measurements" label={t("measure.back")} />
      <h1>{t("measure.compare.title")}</h1>
      <p class="lead">{t("measure.compare.intro")}</p>
      {comparison ? null : <p class="notice">{t("measure.compare.none")}</p>}
      {comparison && (
        <form method="get" action="/organisation/measurements/compare" class="compare-choice">
          {(["from", "to"] as const).map((side) => (
            <div class="field">
              <label for={`field-${side}`}>{t(`measure.compare.${side}`)}</label>
              <select id={`field-${side}`} name={side}>
                {options.map((o) => (
                  <option value={o.value} selected={o.value === comparison[side].id}>
                    {o.label}
                  </option>
                ))}
              </select>
            </div>
          ))}
          <button type="submit">{t("measure.compare.submit")}</button>
        </form>
      )}
      {comparison &&
        [...new Set(comparison.changes.map((c) => c.group))].map((group) => (
          <GroupComparison
            t={t}
            locale={locale}
            group={group}
            series={comparison.series}
            label={label}
            changes={comparison.changes.filter((c) => c.group === group)}
            domains={instrument.domains.map((d) => ({ id: d.id, name: pickText(d.name, locale).text }))}
          />
        ))}
    </>
  );
}

function GroupComparison(props: {
  t: Translate;
  locale: Locale;
  group: RespondentGroup;
  series: Series;
  label: (m: { title: string; kind: string }) => string;
  changes: DomainChange[];
  domains: { id: DomainId; name: string }[];
}) {
  const { t, locale, group, series, domains } = props;
  const name = groupLabel(t, group);
  const bars = series.map((m) => ({
    label: props.label(m),
    values: domains.map((d) => {
      const mean = meanNow(m.results, group, d.id);
      return mean === "hidden" ? null : mean;
    }),
  }));
  return (
    <Section id={`compare-${group}`} title={name}>
      <figure class="radar-figure">
        <TrendChart
          id={`trend-${group}`}
          title={t("measure.compare.chart", { group: name })}
          domains={domains.map((d) => d.name)}
          series={bars}
        />
        <figcaption>
          <TrendLegend series={bars} />
          <ol class="radar-axes">
            {domains.map((d) => (
              <li>{d.name}</li>
            ))}
          </ol>
        </figcaption>
      </figure>
      <ScrollTable t={t} caption={t("measure.compare.caption", { group: name })} hint={t("measure.compare.scrollHint")}>
        <thead>
          <tr>
            <th scope="col">{t("measure.results.domain")}</th>
            {series.map((m) => (
              <th scope="col">{props.label(m)}</th>
            ))}
            <th scope="col">{t("measure.compare.change")}</th>
            <th scope="col">{t("measure.compare.gapChange")}</th>
          </tr>
        </thead>
        <tbody>
          {domains.map((d) => {
            const change = props.changes.find((c) => c.domain === d.id);
            return (
              <tr>
                <th scope="row">{d.name}</th>
                {series.map((m) => {
                  const mean = meanNow(m.results, group, d.id);
                  return mean === "hidden" ? (
                    <td class="hidden-cell">{t("measure.results.tooFew")}</td>
                  ) : (
                    <td>{formatMean(mean, locale)}</td>
                  );
                })}
                {change?.comparable ? (
                  <>
                    <td>{formatMean(change.change.current, locale, true)}</td>
                    <td>{formatMean(change.change.gap, locale, true)}</td>
                  </>
                ) : (
                  <td colspan={2} class="hidden-cell">
                    {t(`measure.compare.missing.${change?.comparable === false ? change.missing : "both"}`)}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </ScrollTable>
    </Section>
  );
}
