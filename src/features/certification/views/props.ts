/** What every certification page takes besides its data. */
import { intlLocale } from "../../../lib/time/format.js";
import type { Locale } from "../../../web/i18n/index.js";

export type { PageProps as PageBase } from "../../../web/page-props.js";
export { emptyForm, type FormState } from "../../../web/validation.js";

/** "3,62" in the reader's notation; a dash without a figure. */
export function formatMean(locale: Locale, mean: number | null): string {
  return mean === null
    ? "–"
    : mean.toLocaleString(intlLocale(locale), { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
