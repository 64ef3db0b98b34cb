/** Reading the domain's results for the thermometer's tables and chart. */
import { respondentGroups, type DomainId, type RespondentGroup } from "../domain/instrument.js";
import type { Cell } from "../domain/results.js";
import type { Figures } from "../domain/scoring.js";
import type { ResultsView } from "../service/results.js";

export type DomainName = (domain: DomainId) => string;

/** The groups that were asked, in the instrument's order; a group without responses is hidden like any small one. */
export function cellsOf(view: ResultsView): { group: RespondentGroup; cell: Cell }[] {
  return respondentGroups.flatMap((group) => {
    const cell: Cell | undefined =
      view.results.groups[group] ??
      (view.asked.includes(group)
        ? { id: group, respondents: 0, children: [], visible: false, reason: "too-few" }
        : undefined);
    return cell ? [{ group, cell }] : [];
  });
}

/** A domain's figures in a cell; null when the cell is hidden. */
export function domainFigures(cell: Cell, domain: DomainId): Figures | null {
  return cell.visible ? (cell.score.domains.find((d) => d.domain === domain) ?? null) : null;
}
