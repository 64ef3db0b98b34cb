/**
 * The school's own items on the thermometer: per respondent group that may be
 * shown, each own item with its mean now and desired and its gap. They stand
 * apart from the domain figures, which stay comparable over time and between
 * schools; a hidden group shows "too few responses" here as everywhere.
 */
import type { Locale, Translate } from "../../../web/i18n/index.js";
import type { ExtraItem } from "../domain/instrument.js";
import { Said } from "./said.js";
import type { ResultsView } from "../service/results.js";
import { cellsOf, type DomainName } from "./cells.js";
import { FigureCells, FigureHeaders } from "./figure-cells.js";
import { groupLabel } from "./labels.js";
import { ScrollTable } from "../../../web/components/scroll-table.js";
import { Section } from "../../../web/components/section.js";

interface Props {
  t: Translate;
  locale: Locale;
  view: ResultsView;
  extras: readonly ExtraItem[];
  domainName: DomainName;
}

export function ExtraItemResults({ t, locale, view, extras, domainName }: Props) {
  const asked = cellsOf(view).filter(({ group }) => extras.some((e) => e.group === group));
  if (!asked.length) return null;
  return (
    <Section id="extra-title" title={t("measure.results.extra.title")}>
      <p>{t("measure.results.extra.intro")}</p>
      {asked.map(({ group, cell }) => (
        <ScrollTable t={t} caption={t("measure.results.extra.caption", { group: groupLabel(t, group) })}>
          <thead>
            <tr>
              <th scope="col">{t("measure.results.extra.item")}</th>
              <th scope="col">{t("measure.results.domain")}</th>
              <FigureHeaders t={t} />
            </tr>
          </thead>
          <tbody>
            {extras
              .filter((extra) => extra.group === group)
              .map((extra) => {
                const figures = cell.visible ? cell.score.items.find((i) => i.itemId === extra.id) : undefined;
                return (
                  <tr>
                    <th scope="row">
                      <Said text={extra.text} locale={locale} />
                    </th>
                    <td>{domainName(extra.domain)}</td>
                    <FigureCells t={t} locale={locale} figures={figures} />
                  </tr>
                );
              })}
          </tbody>
        </ScrollTable>
      ))}
    </Section>
  );
}
