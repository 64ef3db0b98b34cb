/** Dates as the advice pages show them. */
import { formatMoment } from "../../../lib/time/format.js";
import type { Locale } from "../../../web/i18n/index.js";

export const formMoment = (locale: Locale, at: Date) => formatMoment(locale, at);
