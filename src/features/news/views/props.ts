/** What every news view takes. */
import type { Locale, Translate } from "../../../web/i18n/index.js";

export interface NewsBase {
  t: Translate;
  locale: Locale;
  csrf: string;
}

export const postPath = (id: string) => `/news/${id}`;
