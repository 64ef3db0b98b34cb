/** Pure rules for pupils and school years; unit-tested in rules.test.ts. */
import { outOfYearRange, parseDate } from "../../lib/time/dutch-date.js";
import { schoolToday } from "../../lib/time/school-date.js";
import type { MessageKey } from "../../web/i18n/index.js";

/** Older than this is a typing error, not a pupil (special education runs to about 20). */
export const MAX_PUPIL_AGE_YEARS = 30;

export type DateCheck = { ok: true; date: string } | { ok: false; key: MessageKey };

/** A date of birth as yyyy-mm-dd: a real date, not in the future, not absurdly long ago. */
export function checkDateOfBirth(value: string, today: string = schoolToday()): DateCheck {
  const date = parseDate(value);
  if (!date) return { ok: false, key: outOfYearRange(value) ? "error.dateRange" : "error.date" };
  if (date > today) return { ok: false, key: "pupils.error.dobFuture" };
  const oldest = `${Number(today.slice(0, 4)) - MAX_PUPIL_AGE_YEARS}${today.slice(4)}`;
  if (date < oldest) return { ok: false, key: "pupils.error.dobTooOld" };
  return { ok: true, date };
}

/** "2027-2028": two consecutive years. */
export function isSchoolYearName(name: string): boolean {
  const match = /^(\d{4})-(\d{4})$/.exec(name);
  return match !== null && Number(match[2]) === Number(match[1]) + 1;
}

/** The Dutch school year a day falls in: 1 August to 31 July, named "2026-2027". */
export function schoolYearOf(day: string): SchoolYearInput {
  const year = Number(day.slice(0, 4));
  const first = Number(day.slice(5, 7)) >= 8 ? year : year - 1;
  return { name: `${first}-${first + 1}`, startsOn: `${first}-08-01`, endsOn: `${first + 1}-07-31` };
}

export interface SchoolYearInput {
  name: string;
  startsOn: string;
  endsOn: string;
}

export type SchoolYearCheck =
  { ok: true; value: SchoolYearInput } | { ok: false; problems: Partial<Record<keyof SchoolYearInput, MessageKey>> };

/** A new school year: a name like 2027-2028 and real dates (Dutch or ISO), the end after the start. */
export function checkSchoolYear(input: SchoolYearInput): SchoolYearCheck {
  const name = input.name.trim();
  const startsOn = parseDate(input.startsOn);
  const endsOn = parseDate(input.endsOn);
  const problems: Partial<Record<keyof SchoolYearInput, MessageKey>> = {};
  if (!isSchoolYearName(name)) problems.name = "pupils.years.error.name";
  if (!startsOn) problems.startsOn = outOfYearRange(input.startsOn) ? "error.dateRange" : "error.date";
  if (!endsOn) problems.endsOn = outOfYearRange(input.endsOn) ? "error.dateRange" : "error.date";
  else if (startsOn && endsOn <= startsOn) problems.endsOn = "pupils.years.error.endBeforeStart";
  if (!startsOn || !endsOn || Object.keys(problems).length) return { ok: false, problems };
  return { ok: true, value: { name, startsOn, endsOn } };
}
