/**
 * The aggregated results as one table, for CSV and XLSX alike: one row per
 * domain or item and respondent group. Figures are read from the same
 * results the thermometer page shows (cellsOf, domainFigures); a hidden cell
 * has no figures to read, so its row stays blank apart from the note.
 */
import type { Locale, Translate } from "../../../web/i18n/index.js";
import type { DomainId, ExtraItem, Instrument, RespondentGroup } from "../domain/instrument.js";
import type { Figures } from "../domain/scoring.js";
import { pickText } from "../domain/text.js";
import type { ResultsView } from "../service/results.js";
import { cellsOf, domainFigures } from "../views/cells.js";
import { groupLabel } from "../views/labels.js";

export interface ResultRow {
  level: "domain" | "item";
  domain: DomainId;
  itemId: string | null;
  group: RespondentGroup;
  /** Null when the cell is hidden. */
  figures: Figures | null;
}

/** How a number is shown in a spreadsheet. */
export type NumberKind = "count" | "mean" | "percent";

export interface Column {
  header: string;
  kind?: NumberKind;
  value: (row: ResultRow) => string | number | null;
}

/** Per domain: the domain's row of each group, then each group's items. */
export function resultRows(view: ResultsView, instrument: Instrument): ResultRow[] {
  const cells = cellsOf(view);
  return instrument.domains.flatMap(({ id: domain }) => [
    ...cells.map(({ group, cell }): ResultRow => {
      return { level: "domain", domain, itemId: null, group, figures: domainFigures(cell, domain) };
    }),
    ...cells.flatMap(({ group, cell }) =>
      cell.visible
        ? cell.score.items
            .filter((item) => item.domain === domain)
            .map((item): ResultRow => ({ level: "item", domain, itemId: item.itemId, group, figures: item }))
        : coreItems(instrument, group, domain).map((itemId): ResultRow => ({
            level: "item",
            domain,
            itemId,
            group,
            figures: null,
          })),
    ),
  ]);
}

const MAX_POINTS = 5;

export function resultColumns(
  t: Translate,
  locale: Locale,
  instrument: Instrument,
  extras: readonly ExtraItem[] = [],
): Column[] {
  const domainName = (id: DomainId) => pickText(instrument.domains.find((d) => d.id === id)!.name, locale).text;
  const itemText = itemTexts(instrument, extras, locale);
  const count = (side: "current" | "desired", value: number): Column => ({
    header: t(side === "current" ? "measure.export.col.countCurrent" : "measure.export.col.countDesired", { value }),
    kind: "count",
    value: (row) => row.figures?.[side].distribution.values[value - 1] ?? null,
  });
  const dontKnow = (side: "current" | "desired"): Column => ({
    header: t(side === "current" ? "measure.export.col.dontKnowCurrent" : "measure.export.col.dontKnowDesired"),
    kind: "count",
    value: (row) => row.figures?.[side].distribution.dontKnow ?? null,
  });
  const points = Array.from({ length: MAX_POINTS }, (_, index) => index + 1);
  const share = (figures: Figures | null) => figures?.current.positiveShare ?? null;
  return [
    { header: t("measure.export.col.level"), value: (row) => t(`measure.export.level.${row.level}`) },
    { header: t("measure.export.col.domain"), value: (row) => domainName(row.domain) },
    { header: t("measure.export.col.itemId"), value: (row) => row.itemId },
    { header: t("measure.export.col.item"), value: (row) => (row.itemId ? (itemText.get(row.itemId) ?? null) : null) },
    { header: t("measure.export.col.group"), value: (row) => groupLabel(t, row.group) },
    { header: t("measure.export.col.n"), kind: "count", value: (row) => row.figures?.respondents ?? null },
    { header: t("measure.export.col.current"), kind: "mean", value: (row) => row.figures?.current.mean ?? null },
    { header: t("measure.export.col.desired"), kind: "mean", value: (row) => row.figures?.desired.mean ?? null },
    { header: t("measure.export.col.gap"), kind: "mean", value: (row) => row.figures?.gap ?? null },
    {
      header: t("measure.export.col.positive"),
      kind: "percent",
      value: (row) => (share(row.figures) === null ? null : share(row.figures)! * 100),
    },
    ...points.map((value) => count("current", value)),
    dontKnow("current"),
    ...points.map((value) => count("desired", value)),
    dontKnow("desired"),
    { header: t("measure.export.col.note"), value: (row) => (row.figures ? null : t("measure.results.tooFew")) },
  ];
}

function coreItems(instrument: Instrument, group: RespondentGroup, domain: DomainId): string[] {
  const questions = instrument.questionnaires[group].domains.find((d) => d.domain === domain);
  return questions?.items.map((item) => item.id) ?? [];
}

/** Every item's text by id: the instrument's and the school's own. */
export function itemTexts(
  instrument: Instrument,
  extras: readonly ExtraItem[],
  locale: Locale,
): ReadonlyMap<string, string> {
  const items = [
    ...Object.values(instrument.questionnaires).flatMap((questionnaire) =>
      questionnaire.domains.flatMap((d) => d.items),
    ),
    ...extras,
  ];
  return new Map(items.map((item) => [item.id, pickText(item.text, locale).text]));
}
