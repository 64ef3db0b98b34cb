/** What every certification page takes besides its data. */
import { intlLocale } from "../../../lib/time/format.js";
import type { Locale, Translate } from "../../../web/i18n/index.js";
import type { FormErrors, FormValues } from "../../../web/validation.js";

export interface PageBase {
  t: Translate;
  locale: Locale;
  csrf: string;
}

/** A form shown again with what was typed and what was wrong. */
export interface FormState {
  values: FormValues;
  errors: FormErrors;
}

export const emptyForm: FormState = { values: {}, errors: {} };

/** "3,62" in the reader's notation; a dash without a figure. */
export function formatMean(locale: Locale, mean: number | null): string {
  return mean === null
    ? "–"
    : mean.toLocaleString(intlLocale(locale), { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
