/** What every page view takes from its request besides its data; `pageProps(c)` (route-context.ts) fills it. */
import type { Locale, Translate } from "./i18n/index.js";

export interface PageProps {
  t: Translate;
  locale: Locale;
  csrf: string;
}
