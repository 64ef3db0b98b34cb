/**
 * Wall-clock times in the school's time zone (Europe/Amsterdam) ↔ UTC instants, without Temporal.
 * Schools enter "Tuesday 19:00"; the database stores instants. The offset comes from
 * Intl.DateTimeFormat, so daylight saving changes (last Sunday of March and of October) are exact.
 */
export const SCHOOL_TIME_ZONE = "Europe/Amsterdam";

const DAY_MS = 24 * 60 * 60 * 1000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(zone, format);
  }
  return format;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClockAt(instant: number, zone: string): WallClock {
  const parts = formatter(zone).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return {
    year: part("year"),
    month: part("month"),
    day: part("day"),
    hour: part("hour"),
    minute: part("minute"),
    second: part("second"),
  };
}

/** The zone's offset from UTC at an instant in milliseconds, read from Intl (about 10 µs a call). */
function exactOffsetMs(instant: number, zone: string): number {
  const w = wallClockAt(instant, zone);
  const wallAsUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return wallAsUtc - (instant - (((instant % 1000) + 1000) % 1000));
}

/**
 * The offset of each zone and UTC day it was asked for, when it holds the whole day (the same at
 * its first and last second); null for a day with a clock change, which is read exactly each
 * time. A page of 300 organisations converts over a thousand instants, mostly on days seen before.
 * Bounded: emptied when full.
 */
const dayOffsets = new Map<string, number | null>();
const DAY_OFFSETS_KEPT = 10_000;

/** The zone's offset from UTC at an instant in milliseconds (Amsterdam: +1 h in winter, +2 h in summer). */
function zoneOffsetMs(instant: number, zone: string = SCHOOL_TIME_ZONE): number {
  const day = Math.floor(instant / DAY_MS);
  const key = `${zone}|${day}`;
  let offset = dayOffsets.get(key);
  if (offset === undefined) {
    const first = exactOffsetMs(day * DAY_MS, zone);
    offset = first === exactOffsetMs((day + 1) * DAY_MS - 1000, zone) ? first : null;
    if (dayOffsets.size >= DAY_OFFSETS_KEPT) dayOffsets.clear();
    dayOffsets.set(key, offset);
  }
  return offset ?? exactOffsetMs(instant, zone);
}

/**
 * A local date ("2025-10-26") and time ("19:30") in the zone as a UTC instant.
 * Like Temporal's "compatible" choice: a time that occurs twice (the repeated hour in October)
 * takes the first occurrence; a time that does not exist (the skipped hour in March) moves
 * forward by the length of the gap.
 */
export function localToUtc(date: string, time: string, zone: string = SCHOOL_TIME_ZONE): Date {
  const [year = NaN, month = NaN, day = NaN] = date.split("-").map(Number);
  const [hour = NaN, minute = NaN] = time.split(":").map(Number);
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  if (Number.isNaN(wall)) throw new RangeError(`Not a local date and time: ${date} ${time}`);
  // At most one offset change lies within a day of any time in this zone, so these two offsets
  // are the only candidates.
  const before = zoneOffsetMs(wall - DAY_MS, zone);
  const after = zoneOffsetMs(wall + DAY_MS, zone);
  const matches = [...new Set([before, after])]
    .map((offset) => wall - offset)
    .filter((instant) => wall - zoneOffsetMs(instant, zone) === instant)
    .sort((a, b) => a - b);
  return new Date(matches[0] ?? wall - before);
}

/** The local date ("2025-10-26") and time ("19:30") of an instant in the zone. */
export function utcToLocal(instant: Date, zone: string = SCHOOL_TIME_ZONE): { date: string; time: string } {
  const wall = new Date(instant.getTime() + zoneOffsetMs(instant.getTime(), zone));
  const pad = (n: number) => String(n).padStart(2, "0");
  const date = `${wall.getUTCFullYear()}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`;
  return { date, time: `${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}` };
}
