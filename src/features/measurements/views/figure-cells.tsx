/** The four figures of a row in the thermometer's tables, or one cell saying the group is too small. */
import type { Locale, Translate } from "../../../web/i18n/index.js";
import type { Figures } from "../domain/scoring.js";
import { formatMean, formatShare } from "./labels.js";

export function FigureCells({
  t,
  locale,
  figures,
}: {
  t: Translate;
  locale: Locale;
  figures: Figures | null | undefined;
}) {
  if (!figures) {
    return (
      <td colspan={4} class="hidden-cell">
        {t("measure.results.tooFew")}
      </td>
    );
  }
  return (
    <>
      <td>{formatMean(figures.current.mean, locale)}</td>
      <td>{formatMean(figures.desired.mean, locale)}</td>
      <td>{formatMean(figures.gap, locale, true)}</td>
      <td>{formatShare(figures.current.positiveShare, locale)}</td>
    </>
  );
}

/** The column headers of FigureCells' four cells, in the same order. */
export function FigureHeaders({ t }: { t: Translate }) {
  return (
    <>
      <th scope="col">{t("measure.results.current")}</th>
      <th scope="col">{t("measure.results.desired")}</th>
      <th scope="col">{t("measure.results.gap")}</th>
      <th scope="col">{t("measure.results.positive")}</th>
    </>
  );
}
