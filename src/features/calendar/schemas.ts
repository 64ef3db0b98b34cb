/** The calendar's forms: an item added by hand. */
import { z } from "zod";
import { calendarItemKind } from "../../db/schema/index.js";
import { outOfYearRange, parseDate } from "../../lib/time/dutch-date.js";
import { isCalendarDate } from "../../lib/time/school-date.js";

const field = <T extends z.ZodType>(schema: T) => z.preprocess((value) => value ?? "", schema);
const date = (optional: boolean) =>
  field(
    z
      .string()
      .trim()
      .refine((v) => !outOfYearRange(v), "error.dateRange")
      .transform((v) => (v === "" ? "" : (parseDate(v) ?? "invalid")))
      .refine((v) => v !== "invalid" && (optional || v !== ""), "error.date"),
  );
const time = field(
  z
    .string()
    .trim()
    .refine((v) => v === "" || /^([01]?\d|2[0-3]):[0-5]\d$/.test(v), "calendar.error.time")
    .transform((v) => (v === "" ? null : v.padStart(5, "0"))),
);
const ids = z.preprocess(
  (value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
  z
    .array(z.guid("error.invalid"))
    .max(500)
    .transform((list) => [...new Set(list)]),
);

/** The kinds staff choose for an item: the database's enum. */
export const itemKinds = calendarItemKind.enumValues;

export const itemForm = z
  .object({
    title: field(z.string().trim().min(1, "error.required").max(200, "error.tooLong")),
    kind: z.enum(itemKinds, "error.required"),
    startsOn: date(false),
    endsOn: date(true),
    startTime: time,
    endTime: time,
    description: field(z.string().trim().max(2000, "error.tooLong")),
    audience: z.enum(["all", "groups"], "error.required"),
    groups: ids,
  })
  .transform((form) => ({ ...form, endsOn: form.endsOn || form.startsOn }))
  .refine((form) => form.endsOn >= form.startsOn, { path: ["endsOn"], message: "calendar.error.endBeforeStart" })
  .refine((form) => (form.startTime === null) === (form.endTime === null), {
    path: ["endTime"],
    message: "calendar.error.bothTimes",
  })
  .refine((form) => form.startTime === null || form.endsOn === form.startsOn, {
    path: ["endsOn"],
    message: "calendar.error.timedOneDay",
  })
  .refine((form) => form.startTime === null || form.endTime! > form.startTime, {
    path: ["endTime"],
    message: "calendar.error.endBeforeStart",
  })
  .refine((form) => form.audience === "all" || form.groups.length > 0, {
    path: ["groups"],
    message: "calendar.error.groups",
  });
export type ItemInput = z.infer<typeof itemForm>;

/** ?month=2026-10 */
export const monthQuery = z.object({
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .refine((month) => isCalendarDate(`${month}-01`))
    .optional()
    .catch(undefined),
});
