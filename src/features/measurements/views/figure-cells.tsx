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
