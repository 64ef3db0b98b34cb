/**
 * The response-level export as a table: a running number, the respondent
 * group and each item's answers (now, and desired where it is asked). The
 * number is not the stored id: it only counts rows. Open answers and the
 * class are left out on purpose: a text or a small class can give a
 * respondent away, and a row-level file is easily passed on.
 */
import type { Translate } from "../../../web/i18n/index.js";
import type { ExtraItem, Instrument, RespondentGroup } from "../domain/instrument.js";
import { questionPages } from "../questionnaire.js";
import type { AnswerColumn, ExportedResponse } from "../service/exports.js";
import { groupLabel } from "../views/labels.js";

export interface ResponseTable {
  headers: string[];
  /** The answer columns, in order: what the responses are read as. */
  columns: AnswerColumn[];
  /** The cells of one response; `number` counts from 1. */
  row(response: ExportedResponse, number: number): (string | number | null)[];
  /** The group's cell, as in row. */
  group(group: RespondentGroup): string;
  /** The cell of one of a response's codes (see ExportedResponse), as in row. */
  cell(code: number): string | number | null;
}

const sides = (itemId: string, desired: boolean): AnswerColumn[] => [
  { itemId, side: "current" },
  ...(desired ? [{ itemId, side: "desired" } as const] : []),
];

/** Each group's items in questionnaire order, then the school's own items of that group. */
export function responseTable(
  t: Translate,
  instrument: Instrument,
  groups: readonly RespondentGroup[],
  extras: readonly ExtraItem[] = [],
): ResponseTable {
  const columns: AnswerColumn[] = groups.flatMap((group) => [
    ...questionPages(instrument, group).flatMap((page) => page.items.flatMap((item) => sides(item.id, page.desired))),
    ...extras
      .filter((extra) => extra.group === group)
      .flatMap((extra) => sides(extra.id, instrument.questionnaires[group].prompts.desired !== undefined)),
  ]);
  const dontKnow = t("measure.export.dontKnow");
  const label = new Map(groups.map((group) => [group, groupLabel(t, group)]));
  return {
    headers: [
      t("measure.export.col.number"),
      t("measure.export.col.group"),
      ...columns.map(({ itemId, side }) =>
        t(side === "current" ? "measure.export.col.answerCurrent" : "measure.export.col.answerDesired", {
          item: itemId,
        }),
      ),
    ],
    columns,
    row(response, number) {
      const cells: (string | number | null)[] = [number, this.group(response.group)];
      for (let i = 0; i < columns.length; i++) cells.push(cell(response.codes.charCodeAt(i), dontKnow));
      return cells;
    },
    group: (group) => label.get(group) ?? group,
    cell: (code) => cell(code, dontKnow),
  };
}

const DIGIT_ZERO = 48;
const QUESTION_MARK = 63;

/** A code of ExportedResponse as a cell: its value, "don't know", or empty (a space, or none). */
function cell(code: number, dontKnow: string): string | number | null {
  if (code === QUESTION_MARK) return dontKnow;
  const value = code - DIGIT_ZERO;
  return value >= 1 && value <= 9 ? value : null;
}
