/** The lower parts of the thermometer: perception differences, priorities, the split per class, open answers. */
import type { Locale, Translate } from "../../../web/i18n/index.js";
import type { Instrument } from "../domain/instrument.js";
import type { ResultsView } from "../service/results.js";
import { perceptionAsked } from "../domain/perception.js";
import { formatMean, groupLabel } from "./labels.js";
import { cellsOf, domainFigures, type DomainName } from "./cells.js";
import { ScrollTable } from "../../../web/components/scroll-table.js";
import { DataTable } from "../../../web/components/data-table.js";
import { Section } from "../../../web/components/section.js";

interface PartProps {
  t: Translate;
  locale: Locale;
  view: ResultsView;
  domainName: DomainName;
}

/** Left out when the measurement asked no pair to compare: "too few responses" would not be the reason. */
export function Perception({ t, locale, view, domainName }: PartProps) {
  if (!perceptionAsked(view.asked)) return null;
  const differences = view.results.perception;
  return (
    <Section id="perception-title" title={t("measure.results.perception.title")}>
      <p>{t("measure.results.perception.intro")}</p>
      <DataTable
        t={t}
        caption={t("measure.results.perception.caption")}
        empty={t("measure.results.perception.none")}
        rows={differences}
        rowClass={(d) => (d.large ? "large-difference" : undefined)}
        columns={[
          { label: t("measure.results.domain"), cell: (d) => domainName(d.domain) },
          { label: t("measure.results.perception.compared"), cell: (d) => groupLabel(t, d.groups[1]) },
          {
            label: t("measure.results.perception.difference"),
            cell: (d) => (
              <>
                {formatMean(d.current, locale, true)}
                {d.large ? <strong> ({t("measure.results.perception.large")})</strong> : null}
              </>
            ),
          },
        ]}
      />
    </Section>
  );
}

export function PriorityList({ t, locale, view, domainName }: PartProps) {
  const { domains, differences } = view.priorities;
  const large = differences.filter((d) => d.large);
  return (
    <Section id="priorities-title" title={t("measure.results.priorities.title")}>
      <p>{t("measure.results.priorities.intro")}</p>
      {domains.length === 0 && large.length === 0 ? <p>{t("measure.results.priorities.none")}</p> : null}
      {domains.length ? (
        <ol class="priorities">
          {domains.map((gap) => (
            <li>
              {t("measure.results.priorities.domain", {
                domain: domainName(gap.domain),
                group: groupLabel(t, gap.group).toLowerCase(),
                current: formatMean(gap.current, locale),
                desired: formatMean(gap.desired, locale),
              })}
            </li>
          ))}
        </ol>
      ) : null}
      {large.length ? (
        <ul class="priorities">
          {large.map((d) => (
            <li>
              {t("measure.results.priorities.difference", {
                domain: domainName(d.domain),
                group: groupLabel(t, d.groups[1]).toLowerCase(),
                difference: formatMean(d.current, locale, true),
              })}
            </li>
          ))}
        </ul>
      ) : null}
    </Section>
  );
}

/** Per respondent group split into classes: the mean now per domain, or "too few responses". */
export function ClassesTables({ t, locale, view, domainName, instrument }: PartProps & { instrument: Instrument }) {
  return (
    <>
      {cellsOf(view)
        .filter(({ cell }) => cell.children.length > 0)
        .map(({ group, cell }) => (
          <ScrollTable t={t} caption={t("measure.results.classes.caption", { group: groupLabel(t, group) })}>
            <thead>
              <tr>
                <th scope="col">{t("measure.results.group")}</th>
                <th scope="col">{t("measure.rates.responded")}</th>
                {instrument.domains.map((d) => (
                  <th scope="col">{domainName(d.id)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {cell.children.map((child) => (
                <tr>
                  <th scope="row">{view.groupNames.get(child.id) ?? "?"}</th>
                  <td>{child.respondents}</td>
                  {child.visible ? (
                    instrument.domains.map((d) => (
                      <td>{formatMean(domainFigures(child, d.id)?.current.mean ?? null, locale)}</td>
                    ))
                  ) : (
                    <td colspan={instrument.domains.length} class="hidden-cell">
                      {t("measure.results.tooFew")}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        ))}
    </>
  );
}

/** Open answers of whole groups that may be shown, sorted alphabetically by the domain (never in order of arrival). */
export function OpenAnswers({ t, view, domainName }: Omit<PartProps, "locale">) {
  const blocks = cellsOf(view).flatMap(({ group, cell }) =>
    cell.visible
      ? Object.entries(cell.score.openAnswers).flatMap(([domain, texts]) =>
          texts?.length ? [{ group, domain: domain as Parameters<DomainName>[0], texts }] : [],
        )
      : [],
  );
  if (!blocks.length) return null;
  return (
    <Section id="open-title" title={t("measure.results.open.title")}>
      {blocks.map((block) => (
        <>
          <h3>
            {t("measure.results.open.caption", { group: groupLabel(t, block.group), domain: domainName(block.domain) })}
          </h3>
          <ul class="open-answers">
            {block.texts.map((text) => (
              <li>{text}</li>
            ))}
          </ul>
        </>
      ))}
    </Section>
  );
}
