/**
 * The forms of conversation rounds as zod schemas. Numbers and dates reuse the domain's
 * validators, so a form and the slot generator never disagree; messages are catalog keys.
 */
import { z } from "zod";
import { localToUtc } from "../../lib/time/zone.js";
import { outOfYearRange, parseDate } from "../../lib/time/dutch-date.js";
import { isCalendarDate, schoolToday } from "../../lib/time/school-date.js";
import { bookingRoundSchema } from "./domain/rules.js";
import { siblingSettingsSchema } from "./domain/siblings.js";
import { slotSettingsSchema } from "./domain/slots.js";

const uuid = z.string({ message: "error.invalid" }).trim().uuid("error.invalid");
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const toArray = (v: unknown) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

// "24-11-2026 19:30" as a person types it where the browser has no date-and-time field.
const TYPED_DATE_TIME = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}),?\s+(\d{1,2}):(\d{2})$/;

/** A typed date and time written as a datetime-local field sends it; anything else as it came. */
function asFieldValue(value: string): string {
  const typed = TYPED_DATE_TIME.exec(value);
  if (!typed) return value;
  const [day, month, year, hour, minute] = typed.slice(1) as [string, string, string, string, string];
  return `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}T${hour.padStart(2, "0")}:${minute}`;
}

/**
 * "2026-11-24T19:30" from a datetime-local field, or "24-11-2026 19:30" typed where the browser
 * has none; in school time, as a UTC instant.
 */
export const localDateTime = z
  .string()
  .trim()
  .transform(asFieldValue)
  .pipe(
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/, "conversations.form.error.dateTime")
      .refine((v) => !outOfYearRange(v.slice(0, 10)), "error.dateRange")
      .refine((v) => isCalendarDate(v.slice(0, 10)), "conversations.form.error.dateTime"),
  )
  .transform((v) => localToUtc(v.slice(0, 10), v.slice(11)));

const settings = slotSettingsSchema.shape;

/** The fields a round can be edited in later: its name, slot settings, times and reminder. */
const roundSettingsFields = z.object({
  name: z.string().trim().min(1, "error.required").max(200, "error.tooLong"),
  slotMinutes: settings.slotMinutes,
  breakEverySlots: z.preprocess(blankToUndefined, z.string().optional()),
  breakMinutes: z.preprocess(blankToUndefined, z.string().optional()),
  bufferMinutes: siblingSettingsSchema.shape.bufferMinutes,
  toleranceMinutes: siblingSettingsSchema.shape.toleranceMinutes,
  opensAt: localDateTime,
  closesAt: localDateTime,
  changeDeadline: localDateTime,
  reminderHours: z.preprocess(
    (v) => blankToUndefined(v) ?? "24",
    z.coerce
      .number({ message: "conversations.form.error.reminderHours" })
      .int("conversations.form.error.reminderHours")
      .min(0, "conversations.form.error.reminderHours")
      .max(168, "conversations.form.error.reminderHours"),
  ),
});

/** The settings the domain checks (breaks, times) from the form's fields, or the issues on them. */
function toRoundSettings(form: z.output<typeof roundSettingsFields>, ctx: z.RefinementCtx) {
  const wantsBreak = form.breakEverySlots !== undefined || form.breakMinutes !== undefined;
  const breakEvery = settings.breakEvery.safeParse(
    // A missing half counts as 0, which the domain refuses with its own message.
    wantsBreak ? { slots: form.breakEverySlots ?? "0", minutes: form.breakMinutes ?? "0" } : null,
  );
  breakEvery.error?.issues.forEach((issue) =>
    ctx.addIssue({
      code: "custom",
      path: [issue.path[0] === "minutes" ? "breakMinutes" : "breakEverySlots"],
      message: issue.message,
    }),
  );
  const times = bookingRoundSchema.safeParse({ ...form, separateGuardianBookings: false });
  times.error?.issues.forEach((issue) => ctx.addIssue({ code: "custom", path: issue.path, message: issue.message }));
  if (!breakEvery.success || !times.success) return z.NEVER;
  return {
    name: form.name,
    slotSettings: { slotMinutes: form.slotMinutes, breakEvery: breakEvery.data, breaks: [] },
    bufferMinutes: form.bufferMinutes,
    toleranceMinutes: form.toleranceMinutes,
    opensAt: times.data.opensAt,
    closesAt: times.data.closesAt,
    changeDeadline: times.data.changeDeadline,
    reminderHours: form.reminderHours,
  };
}

export const roundForm = roundSettingsFields
  .extend({
    kind: z.enum(["parent_teacher", "three_way"], { message: "error.invalid" }),
    mode: z.enum(["first_come", "fair"], { message: "error.invalid" }),
    groupIds: z.preprocess(toArray, z.array(uuid).min(1, "conversations.form.error.noGroups").max(200)),
    separateGuardianBookings: z.preprocess((v) => v === "on", z.boolean()),
  })
  .transform((form, ctx) => {
    const round = toRoundSettings(form, ctx);
    if (round === z.NEVER) return z.NEVER;
    const { kind, mode, groupIds, separateGuardianBookings } = form;
    return { ...round, kind, mode, groupIds, separateGuardianBookings };
  });
/** A new round; without reminderHours the round reminds 24 hours before (the column's default). */
export type RoundForm = Omit<z.output<typeof roundForm>, "reminderHours"> & { reminderHours?: number };

/** Editing a round: everything but its kind, mode, groups and the guardians setting. */
export const roundEditForm = roundSettingsFields.transform(toRoundSettings);
export type RoundEditForm = z.output<typeof roundEditForm>;

/** A period on one day when the teacher is available; checked with the round by the domain. */
export const availabilityForm = z.object({
  // A browser without a date picker sends what the teacher typed: "16-12-2026" as well as ISO.
  // What is no date at all goes on as typed, for the domain to refuse with its message.
  date: z
    .string()
    .trim()
    .min(1, "error.required")
    .refine((v) => !outOfYearRange(v), "error.dateRange")
    .transform((v) => parseDate(v) ?? v)
    // Conversations lie ahead: a day already past would give times no family can book.
    .refine((v) => !isCalendarDate(v) || v >= schoolToday(), "conversations.error.datePast"),
  from: z.string().trim().min(1, "error.required"),
  to: z.string().trim().min(1, "error.required"),
});

const chosenSlot = z
  .string({ message: "conversations.book.error.unknownSlot" })
  .trim()
  .uuid("conversations.book.error.unknownSlot");
export const bookForm = z.object({ pupilId: uuid, slotId: chosenSlot });
export const changeForm = z.object({ slotId: chosenSlot });

/** A sibling combination as offered on the page: "pupilId:slotId" pairs, comma-separated. */
export const combinationForm = z.object({
  // Absent when no row was chosen (a browser without JavaScript sends the form anyway).
  combination: z
    .string({ message: "conversations.book.error.chooseCombination" })
    .trim()
    .min(1, "conversations.book.error.chooseCombination")
    .transform((value, ctx) => {
      const pairs = value.split(",").map((pair) => pair.split(":"));
      const parsed = pairs.map(([pupilId, slotId, ...rest]) =>
        rest.length === 0 ? bookForm.safeParse({ pupilId, slotId }) : null,
      );
      if (parsed.length < 2 || parsed.length > 10 || parsed.some((p) => !p?.success)) {
        ctx.addIssue({ code: "custom", message: "error.invalid" });
        return z.NEVER;
      }
      return parsed.flatMap((p) => (p?.success ? [p.data] : []));
    }),
});

const markSchema = z.object({ pupilId: uuid, slotId: uuid, answer: z.enum(["yes", "no", "open"]) });

/** The preference form: a radio group "mark:<pupilId>:<slotId>" (yes, no or open) per child and time. */
export const preferencesForm = z.record(z.string(), z.unknown()).transform((raw, ctx) => {
  const marks: z.output<typeof markSchema>[] = [];
  for (const [key, answer] of Object.entries(raw)) {
    const [prefix, pupilId, slotId, ...rest] = key.split(":");
    if (prefix !== "mark") continue;
    const mark = markSchema.safeParse({ pupilId, slotId, answer });
    if (!mark.success || rest.length > 0) {
      ctx.addIssue({ code: "custom", message: "error.invalid" });
      return z.NEVER;
    }
    marks.push(mark.data);
  }
  if (marks.length > 5000) ctx.addIssue({ code: "custom", message: "conversations.error.tooMany" });
  return marks;
});
export type PreferenceInput = z.output<typeof preferencesForm>[number];

/** Handing times without a teacher to a teacher of the round's groups. */
export const handOverForm = z.object({
  teacherId: uuid,
  // Each time once: a time named twice is not one that "changed meanwhile" (the service counts them).
  slotIds: z.preprocess(
    toArray,
    z
      .array(uuid)
      .min(1, "conversations.handOver.error.noSlots")
      .max(500)
      .transform((ids) => [...new Set(ids)]),
  ),
});
export type HandOverForm = z.infer<typeof handOverForm>;
