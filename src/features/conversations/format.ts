/** Dates and times of conversations as people read them: in school time, in their language. */
import { SCHOOL_TIME_ZONE } from "./domain/local-time.js";

const formats = new Map<string, Intl.DateTimeFormat>();

function format(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "nl-NL", { timeZone: SCHOOL_TIME_ZONE, ...options });
    formats.set(key, f);
  }
  return f;
}

const DAY: Intl.DateTimeFormatOptions = { weekday: "long", day: "numeric", month: "long" };
const TIME: Intl.DateTimeFormatOptions = { hour: "2-digit", minute: "2-digit", hourCycle: "h23" };

/** "dinsdag 24 november" */
export function formatDay(locale: string, at: Date): string {
  return format(locale, DAY).format(at);
}

/** "19:30" */
export function formatTime(locale: string, at: Date): string {
  return format(locale, TIME).format(at);
}

/** "dinsdag 24 november 19:30–19:45" */
export function formatSlot(locale: string, start: Date, end: Date): string {
  return `${formatDay(locale, start)} ${formatTime(locale, start)}–${formatTime(locale, end)}`;
}

/** "dinsdag 24 november 19:30" */
export function formatMoment(locale: string, at: Date): string {
  return `${formatDay(locale, at)} ${formatTime(locale, at)}`;
}
