/** The events' forms: a sign-up's number of people, and an event's times, place and capacity. */
import { z } from "zod";
import { outOfYearRange, parseDate } from "../../lib/time/dutch-date.js";
import { localToUtc } from "../../lib/time/zone.js";
import { isCalendarDate } from "../../lib/time/school-date.js";
import { pastMessage, saysWhere, startsInFuture, whereIssue } from "../../web/when-and-where.js";
import { MAX_PEOPLE } from "./domain/capacity.js";

const clock = /^([01]?\d|2[0-3]):[0-5]\d$/;
const field = <T extends z.ZodType>(schema: T) => z.preprocess((value) => value ?? "", schema);
const time = field(z.string().trim().regex(clock, "events.error.time"));

export const signupForm = z.object({
  people: field(
    z
      .string()
      .trim()
      .regex(/^\d{1,2}$/, "events.error.people")
      .transform(Number)
      .refine((n) => n >= 1 && n <= MAX_PEOPLE, "events.error.people"),
  ),
});

const capacity = field(
  z
    .string()
    .trim()
    .refine((v) => v === "" || (/^\d{1,5}$/.test(v) && Number(v) >= 1 && Number(v) <= 10_000), "events.error.capacity")
    .transform((v) => (v === "" ? null : Number(v))),
);

export const eventForm = z
  .object({
    startsAt: time,
    endsAt: time,
    place: field(z.string().trim().max(200, "error.tooLong")),
    capacity,
  })
  .refine((form) => form.endsAt.padStart(5, "0") > form.startsAt.padStart(5, "0"), {
    path: ["endsAt"],
    message: "events.error.endBeforeStart",
  });
export type EventForm = z.infer<typeof eventForm>;

// The school's own events (/events).

const text = (max: number) => field(z.string().trim().max(max, "error.tooLong"));
/** Checkboxes: absent, one value or several. */
const ids = z.preprocess(
  (value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
  z
    .array(z.guid("error.invalid"))
    .max(500)
    .transform((list) => [...new Set(list)]),
);

export const schoolEventKinds = ["parent_evening", "information_evening", "workshop", "open_day"] as const;
export type SchoolEventKind = (typeof schoolEventKinds)[number];

/**
 * When the form's event starts, once its day and start time are readable. A day refused above
 * reaches this check as it was typed (zod runs no transform after a failed check), so it is
 * read only when it is a school date.
 */
const plannedAt = (form: { day: string; startsAt: string }): Date | null =>
  isCalendarDate(form.day) && clock.test(form.startsAt) ? localToUtc(form.day, form.startsAt) : null;

export const schoolEventForm = z
  .object({
    kind: z.enum(schoolEventKinds, "error.required"),
    title: field(z.string().trim().min(1, "error.required").max(200, "error.tooLong")),
    day: field(
      z
        .string()
        .trim()
        .refine((v) => !outOfYearRange(v), "error.dateRange")
        .transform((v) => parseDate(v) ?? "")
        .refine((v) => v !== "", "error.date"),
    ),
    startsAt: time,
    endsAt: time,
    place: text(200),
    onlineUrl: field(
      z
        .string()
        .trim()
        .max(500, "error.tooLong")
        .refine((v) => v === "" || /^https?:\/\/[^\s<>"]+$/i.test(v), "events.error.url"),
    ),
    description: text(4000),
    capacity,
    audience: z.enum(["all", "groups"], "error.required"),
    groups: ids,
  })
  .refine((form) => form.endsAt.padStart(5, "0") > form.startsAt.padStart(5, "0"), {
    path: ["endsAt"],
    message: "events.error.endBeforeStart",
  })
  .refine((form) => form.audience === "all" || form.groups.length > 0, {
    path: ["groups"],
    message: "events.error.groups",
  })
  // The same two checks as a training's session (src/web/when-and-where.ts), here in the form so
  // that every mistake is said at once. Parents cannot come to an evening that has been; an
  // unreadable day or time is already said above.
  .refine(
    (form) => {
      const at = plannedAt(form);
      return at === null || startsInFuture(at);
    },
    { path: ["day"], message: pastMessage },
  )
  .refine(saysWhere, whereIssue);
export type SchoolEventInput = z.infer<typeof schoolEventForm>;

export const topicForm = z.object({
  body: field(z.string().trim().min(1, "events.error.topicEmpty").max(500, "error.tooLong")),
});

export const attendanceForm = z.object({ came: ids });

export const summaryForm = z.object({
  summary: field(z.string().trim().min(1, "events.error.summaryEmpty").max(8000, "error.tooLong")),
});
