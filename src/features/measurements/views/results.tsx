/**
 * The quality thermometer: per domain and respondent group the mean now and
 * desired, the gap and the share of positive answers, groups side by side; a
 * radar of the six domains with its data table; perception differences;
 * suggested priorities; the split per class. Hidden cells say "too few
 * responses" and carry no figures at all (the domain never computed them).
 */
import type { Locale, Translate } from "../../../web/i18n/index.js";
import type { DomainId, ExtraItem, Instrument } from "../domain/instrument.js";
import { pickText } from "../domain/text.js";
import type { ResultsView } from "../service/results.js";
import { BenchmarkSection } from "./benchmark.js";
import { cellsOf, domainFigures, type DomainName } from "./cells.js";
import { ExportLinks } from "./export-links.js";
import { ExtraItemResults } from "./extra-results.js";
import { FigureCells, FigureHeaders } from "./figure-cells.js";
import { formatMean, groupLabel } from "./labels.js";
import { OverfullNotice } from "./overfull.js";
import { Radar, RadarLegend } from "./radar.js";
import { ClassesTables, OpenAnswers, Perception, PriorityList } from "./results-parts.js";
import { ScrollTable } from "../../../web/components/scroll-table.js";
import { BackLink } from "../../../web/components/back-link.js";
import { Section } from "../../../web/components/section.js";

export interface ResultsProps {
  t: Translate;
  locale: Locale;
  measurementId: string;
  view: ResultsView;
  instrument: Instrument;
  /** The school's own items of this measurement. */
  extras: readonly ExtraItem[];
  /** False for an advisor, who gets the report and the results but not the responses row by row. */
  runs: boolean;
}

export function ResultsPage({ t, locale, measurementId, view, instrument, extras, runs }: ResultsProps) {
  const domainName: DomainName = (id) => pickText(instrument.domains.find((d) => d.id === id)!.name, locale).text;
  const cells = cellsOf(view);
  const visible = cells.filter((c) => c.cell.visible);
  return (
    <>
      <BackLink href={`/organisation/measurements/${measurementId}`} label={view.title} />
      <h1>{t("measure.results.title")}</h1>
      <p class="lead">
        {view.title} · {t(`measure.kind.${view.kind}`)}
      </p>
      <ul class="respondent-counts">
        {cells.map(({ group, cell }) => (
          <li>
            {groupLabel(t, group)}: {t("measure.results.respondents", { n: cell.respondents })}
            {cell.visible ? null : <strong> – {t("measure.results.tooFew")}</strong>}
          </li>
        ))}
      </ul>
      {visible.length < cells.length ? (
        <p class="notice">{t("measure.results.hiddenExplain", { n: view.results.threshold })}</p>
      ) : null}
      {view.teamTooSmall ? (
        <p class="notice">{t("measure.results.teamTooSmall", { n: view.results.threshold })}</p>
      ) : null}
      <OverfullNotice t={t} audiences={view.overfull} />
      {visible.length === 0 ? <p class="notice">{t("measure.results.noGroups")}</p> : null}
      <p>{t("measure.results.explain")}</p>
      {view.kind === "poll" ? null : (
        <p>
          <a href={`/organisation/measurements/compare?to=${measurementId}`}>{t("measure.compare.link")}</a>
        </p>
      )}
      <RadarSection t={t} locale={locale} view={view} domainName={domainName} instrument={instrument} />
      <Section id="domains-title" title={t("measure.results.domains")}>
        {instrument.domains.map((d) => (
          <DomainTable t={t} locale={locale} domain={d.id} name={domainName(d.id)} view={view} />
        ))}
      </Section>
      {view.kind === "poll" ? null : <BenchmarkSection t={t} locale={locale} view={view} domainName={domainName} />}
      <ExtraItemResults t={t} locale={locale} view={view} extras={extras} domainName={domainName} />
      <Perception t={t} locale={locale} view={view} domainName={domainName} />
      <PriorityList t={t} locale={locale} view={view} domainName={domainName} />
      <ClassesTables t={t} locale={locale} view={view} domainName={domainName} instrument={instrument} />
      <OpenAnswers t={t} view={view} domainName={domainName} />
      <ExportLinks t={t} measurementId={measurementId} responses={runs} />
    </>
  );
}

function RadarSection(props: Omit<ResultsProps, "measurementId" | "extras" | "runs"> & { domainName: DomainName }) {
  const { t, locale, view, domainName, instrument } = props;
  const cells = cellsOf(view);
  const axes = instrument.domains.map((d) => domainName(d.id));
  const series = cells
    .filter(({ cell }) => cell.visible)
    .map(({ group, cell }) => ({
      key: group,
      label: groupLabel(t, group),
      values: instrument.domains.map((d) => domainFigures(cell, d.id)?.current.mean ?? null),
    }));
  return (
    <Section id="radar-title" title={t("measure.results.radar.title")}>
      <figure class="radar-figure">
        <Radar id="radar-chart" title={t("measure.results.radar.label")} axes={axes} series={series} />
        <figcaption>
          <RadarLegend axes={axes} series={series} />
        </figcaption>
      </figure>
      <ScrollTable t={t} caption={t("measure.results.radar.caption")}>
        <thead>
          <tr>
            <th scope="col">{t("measure.results.domain")}</th>
            {cells.map(({ group }) => (
              <th scope="col">{groupLabel(t, group)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {instrument.domains.map((d) => (
            <tr>
              <th scope="row">{domainName(d.id)}</th>
              {cells.map(({ cell }) =>
                cell.visible ? (
                  <td>{formatMean(domainFigures(cell, d.id)?.current.mean ?? null, locale)}</td>
                ) : (
                  <td class="hidden-cell">{t("measure.results.tooFew")}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </Section>
  );
}

function DomainTable(props: { t: Translate; locale: Locale; domain: DomainId; name: string; view: ResultsView }) {
  const { t, locale, domain, name, view } = props;
  return (
    <ScrollTable t={t} caption={t("measure.results.domainCaption", { domain: name })}>
      <thead>
        <tr>
          <th scope="col">{t("measure.results.group")}</th>
          <FigureHeaders t={t} />
        </tr>
      </thead>
      <tbody>
        {cellsOf(view).map(({ group, cell }) => {
          const figures = domainFigures(cell, domain);
          return (
            <tr>
              <th scope="row">{groupLabel(t, group)}</th>
              <FigureCells t={t} locale={locale} figures={figures} />
            </tr>
          );
        })}
      </tbody>
    </ScrollTable>
  );
}
