/** A moment as the editors' pages show it. */
import { formatMoment } from "../../../lib/time/format.js";
import type { Locale } from "../../../web/i18n/index.js";

export function formDateTime(locale: Locale, at: Date): string {
  return formatMoment(locale, at);
}
