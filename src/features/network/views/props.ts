import type { Locale, Translate } from "../../../web/i18n/index.js";

/** What every page of the network gets from its route. */
export interface PageBase {
  t: Translate;
  locale: Locale;
  csrf: string;
}
