/**
 * Slot generation for a conversation round: from the slot length, the breaks and each
 * teacher's availability (local times in Europe/Amsterdam) to slots as UTC instants.
 */
import { z } from "zod";
import { localToUtc } from "../../../lib/time/zone.js";
import { isCalendarDate } from "../../../lib/time/school-date.js";
import { outOfYearRange } from "../../../lib/time/dutch-date.js";

const MINUTE_MS = 60_000;

const localDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "conversations.error.date")
  .refine((v) => !outOfYearRange(v), "error.dateRange")
  .refine(isCalendarDate, "conversations.error.date");
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const localTime = z.string().trim().regex(TIME, "conversations.error.time");

/** A period on one day; the end must come after the start (periods do not cross midnight). */
const period = z.object({ date: localDate, from: localTime, to: localTime });

function endAfterStart<S extends z.ZodType<{ from: string; to: string }>>(schema: S, message: string) {
  // A malformed time has its own message already; comparing it would only add noise.
  const inOrder = ({ from, to }: { from: string; to: string }) =>
    !TIME.test(from.trim()) || !TIME.test(to.trim()) || to.trim() > from.trim();
  return schema.refine(inOrder, { message, path: ["to"] });
}

const windowSchema = endAfterStart(
  period.extend({ teacherId: z.string().trim().min(1, "error.required") }),
  "conversations.error.windowEndBeforeStart",
);
const breakSchema = endAfterStart(
  period.extend({ teacherId: z.string().trim().min(1).optional() }),
  "conversations.error.breakEndBeforeStart",
);

const minutes = (min: number, max: number, message: string) =>
  z.coerce.number().int(message).min(min, message).max(max, message);

/** The settings that decide the slots of a round. Messages are catalog keys. */
export const slotSettingsSchema = z
  .object({
    slotMinutes: minutes(5, 120, "conversations.error.slotMinutes"),
    /** A pause of `minutes` after every `slots` consecutive conversations. */
    breakEvery: z
      .object({
        slots: minutes(1, 50, "conversations.error.breakEverySlots"),
        minutes: minutes(1, 120, "conversations.error.breakMinutes"),
      })
      .nullable()
      .default(null),
    /** Fixed pauses (a dinner break); without teacherId they hold for every teacher. */
    breaks: z.array(breakSchema).max(500, "conversations.error.tooMany").default([]),
    availability: z
      .array(windowSchema)
      .min(1, "conversations.error.noAvailability")
      .max(2000, "conversations.error.tooMany"),
  })
  .superRefine(checkWindows);

export type SlotSettingsInput = z.input<typeof slotSettingsSchema>;
export type SlotSettings = z.output<typeof slotSettingsSchema>;

/** A generated conversation slot: the teacher and the UTC start and end. */
export interface Slot {
  teacherId: string;
  start: Date;
  end: Date;
}

interface Interval {
  start: number;
  end: number;
}

function toInterval(p: { date: string; from: string; to: string }): Interval {
  return { start: localToUtc(p.date, p.from).getTime(), end: localToUtc(p.date, p.to).getTime() };
}

// zod runs this check even when a field failed; such windows already have their message.
function wellFormed(p: { date: string; from: string; to: string }): boolean {
  return period.safeParse(p).success && p.to > p.from;
}

// A window must hold at least one slot, and one teacher's windows must not overlap
// (they would produce the same slot twice).
function checkWindows(
  settings: { slotMinutes: number; availability: z.infer<typeof windowSchema>[] },
  ctx: z.RefinementCtx,
) {
  const byTeacher = new Map<string, { index: number; interval: Interval }[]>();
  settings.availability.forEach((window, index) => {
    if (!wellFormed(window)) return;
    const interval = toInterval(window);
    if (interval.end - interval.start < settings.slotMinutes * MINUTE_MS) {
      ctx.addIssue({
        code: "custom",
        path: ["availability", index, "to"],
        message: "conversations.error.windowTooShort",
      });
    }
    const list = byTeacher.get(window.teacherId) ?? [];
    list.push({ index, interval });
    byTeacher.set(window.teacherId, list);
  });
  for (const list of byTeacher.values()) {
    list.sort((a, b) => a.interval.start - b.interval.start);
    list.forEach((item, i) => {
      const previous = list[i - 1];
      if (previous && item.interval.start < previous.interval.end) {
        ctx.addIssue({
          code: "custom",
          path: ["availability", item.index, "from"],
          message: "conversations.error.windowsOverlap",
        });
      }
    });
  }
}

/**
 * The slots of a round, sorted by start and teacher. Slots are counted in real minutes, so a
 * window across the October clock change holds one hour more. No slot crosses the end of a
 * window or overlaps a fixed break; the "every N slots" counter starts again after a fixed break
 * and in each window.
 */
export function generateSlots(settings: SlotSettings): Slot[] {
  const slotMs = settings.slotMinutes * MINUTE_MS;
  const pauseMs = (settings.breakEvery?.minutes ?? 0) * MINUTE_MS;
  const slots: Slot[] = [];
  for (const window of settings.availability) {
    const breaks = settings.breaks
      .filter((b) => b.teacherId === undefined || b.teacherId === window.teacherId)
      .map(toInterval);
    const { start, end } = toInterval(window);
    let cursor = start;
    let run = 0;
    while (cursor + slotMs <= end) {
      const blocking = breaks.filter((b) => b.start < cursor + slotMs && b.end > cursor);
      if (blocking.length > 0) {
        cursor = Math.max(...blocking.map((b) => b.end));
        run = 0;
        continue;
      }
      slots.push({ teacherId: window.teacherId, start: new Date(cursor), end: new Date(cursor + slotMs) });
      cursor += slotMs;
      run += 1;
      if (settings.breakEvery && run === settings.breakEvery.slots) {
        cursor += pauseMs;
        run = 0;
      }
    }
  }
  return slots.sort((a, b) => a.start.getTime() - b.start.getTime() || a.teacherId.localeCompare(b.teacherId));
}
