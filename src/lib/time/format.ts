/**
 * Dates and times as people read them: in school time, in their language. Every function takes the
 * locale first, then the date or instant.
 */
import type { Locale } from "../../web/i18n/index.js";
import { localToUtc, SCHOOL_TIME_ZONE } from "./zone.js";

/** Made once per options object (the constants below) and locale: a page formats hundreds of dates. */
const formats = new WeakMap<Intl.DateTimeFormatOptions, Map<Locale, Intl.DateTimeFormat>>();

/** The Intl locale for a language of Samen: Dutch as in the Netherlands, English as in Britain. */
export function intlLocale(locale: Locale): string {
  return locale === "en" ? "en-GB" : "nl-NL";
}

/** The value under key, made and kept the first time it is asked for. */
function entry<K, V>(map: { get(key: K): V | undefined; set(key: K, value: V): unknown }, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}

function format(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const byLocale = entry(formats, options, () => new Map<Locale, Intl.DateTimeFormat>());
  return entry(
    byLocale,
    locale,
    () => new Intl.DateTimeFormat(intlLocale(locale), { timeZone: SCHOOL_TIME_ZONE, ...options }),
  );
}

const DATE: Intl.DateTimeFormatOptions = { dateStyle: "long", timeZone: "UTC" };
const DAY: Intl.DateTimeFormatOptions = { weekday: "long", day: "numeric", month: "long" };
const DAY_AND_YEAR: Intl.DateTimeFormatOptions = { ...DAY, year: "numeric" };
const TIME: Intl.DateTimeFormatOptions = { hour: "2-digit", minute: "2-digit", hourCycle: "h23" };
const MONTH: Intl.DateTimeFormatOptions = { month: "long", year: "numeric", timeZone: "UTC" };
const TIMESTAMP: Intl.DateTimeFormatOptions = { dateStyle: "medium", timeStyle: "short" };

/** Dates formatted, per locale: a page of 300 rows formats a thousand dates, most of them a few days. */
const formattedDates = new Map<Locale, Map<string, string>>();
/** Enough for years of dates; emptied when full, so it never grows with the process's age. */
const FORMATTED_DATES_KEPT = 5000;

/** The text kept under key, made and kept when missing; the map is emptied when full. */
function kept<K>(texts: Map<K, string>, key: K, make: () => string): string {
  if (texts.size >= FORMATTED_DATES_KEPT && !texts.has(key)) texts.clear();
  return entry(texts, key, make);
}

/** A school date (yyyy-mm-dd) such as "1 mei 2017"; empty for no date. */
export function formatDate(locale: Locale, date: string | null): string {
  if (!date) return "";
  const dates = entry(formattedDates, locale, () => new Map<string, string>());
  // A date has no time zone: read it at midnight UTC and print it in UTC.
  return kept(dates, date, () => format(locale, DATE).format(new Date(`${date}T00:00:00Z`)));
}

/** A month (yyyy-mm) with its year: "december 2026". */
export function formatMonth(locale: Locale, month: string): string {
  return format(locale, MONTH).format(new Date(`${month}-01T12:00:00Z`));
}

/**
 * Instants formatted, per options object and locale: a booking page names the same few dozen slot
 * times for every parent, and Intl's formatting in a time zone costs more than the rest of a slot's
 * line. Emptied when full, as formattedDates.
 */
const formattedInstants = new Map<Intl.DateTimeFormatOptions, Map<Locale, Map<number, string>>>();

function formatInstant(locale: Locale, options: Intl.DateTimeFormatOptions, at: Date): string {
  const byLocale = entry(formattedInstants, options, () => new Map<Locale, Map<number, string>>());
  const instants = entry(byLocale, locale, () => new Map<number, string>());
  return kept(instants, at.getTime(), () => format(locale, options).format(at));
}

/**
 * How far from now a day may be and still be named without its year. Within half a year either
 * way, "dinsdag 2 maart" can only mean one day and a reader takes the nearest (as `ls -l` does
 * for a file's date); further off, in a past school year or a plan for years ahead, the year is
 * named: "dinsdag 1 januari 2999" must not read as next month.
 */
const NEAR_MS = 182 * 24 * 60 * 60 * 1000;

/** "dinsdag 24 november"; with its year when it is more than half a year from now: "maandag 1 januari 1900". */
export function formatDay(locale: Locale, at: Date): string {
  return formatInstant(locale, Math.abs(at.getTime() - Date.now()) > NEAR_MS ? DAY_AND_YEAR : DAY, at);
}

/** "dinsdag 1 december" for a school date (yyyy-mm-dd), with its year when far off (formatDay). */
export function formatSchoolDay(locale: Locale, date: string): string {
  return formatDay(locale, localToUtc(date, "12:00"));
}

/** "19:30" */
export function formatTime(locale: Locale, at: Date): string {
  return formatInstant(locale, TIME, at);
}

/** "dinsdag 24 november 19:30–19:45" */
export function formatSlot(locale: Locale, start: Date, end: Date): string {
  return `${formatDay(locale, start)} ${formatTime(locale, start)}–${formatTime(locale, end)}`;
}

/** "dinsdag 24 november 19:30" */
export function formatMoment(locale: Locale, at: Date): string {
  return `${formatDay(locale, at)} ${formatTime(locale, at)}`;
}

/** A recorded moment with its year, for logs and trails: "3 jun 2027, 14:05". */
export function formatTimestamp(locale: Locale, at: Date): string {
  return format(locale, TIMESTAMP).format(at);
}
