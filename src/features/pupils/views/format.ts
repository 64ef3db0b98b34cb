/** Dates as people in the Netherlands read them, in the viewer's language. */
import type { Locale } from "../../../web/i18n/index.js";

const tag = (locale: Locale) => (locale === "nl" ? "nl-NL" : "en-GB");

/** A calendar date (yyyy-mm-dd) such as "1 mei 2017". */
export function formatDate(iso: string | null, locale: Locale): string {
  if (!iso) return "";
  const date = new Date(`${iso}T00:00:00Z`);
  return new Intl.DateTimeFormat(tag(locale), { dateStyle: "long", timeZone: "UTC" }).format(date);
}

/** A moment in Dutch time, such as "3 jun 2027, 14:05". */
export function formatMoment(moment: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(tag(locale), {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Europe/Amsterdam",
  }).format(moment);
}
