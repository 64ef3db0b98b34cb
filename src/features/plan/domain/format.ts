/** Figures and names as every plan page writes them. */
import { intlLocale } from "../../../lib/time/format.js";
import type { Locale, Translate } from "../../../web/i18n/index.js";
import type { Baseline } from "./snapshot.js";

export const oneDecimal = (locale: Locale, n: number) =>
  n.toLocaleString(intlLocale(locale), { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** "ouders 2,9 nu, 4,1 gewenst" */
export function baselineText(t: Translate, locale: Locale, baseline: Baseline): string {
  return t("plan.goal.baseline", {
    group: t(`plan.group.${baseline.group}`),
    current: oneDecimal(locale, baseline.current),
    desired: oneDecimal(locale, baseline.desired),
  });
}
