/** The form to create a measurement, as a zod schema; messages are catalog keys. */
import { z } from "zod";
import { MIN_ANONYMITY_THRESHOLD } from "../domain/anonymity.js";
import { daysBetween, isCalendarDate, schoolDate } from "./dates.js";

export const measurementKinds = ["baseline", "interim", "final", "poll"] as const;
export type MeasurementKind = (typeof measurementKinds)[number];

/** Long enough for a school year's measurement, short enough to catch a typo in the year. */
export const MAX_OPEN_DAYS = 92;

const field = <T extends z.ZodType>(schema: T) => z.preprocess((value) => value ?? "", schema);
const date = field(z.string().trim().refine(isCalendarDate, "error.date"));
/** Checkboxes: absent, one value or several. */
const ids = z.preprocess(
  (value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
  z
    .array(z.guid("error.invalid"))
    .max(200)
    .transform((list) => [...new Set(list)]),
);

export function measurementForm(now: Date = new Date()) {
  const today = schoolDate(now);
  return z
    .object({
      title: field(z.string().trim().min(1, "error.required").max(120, "error.tooLong")),
      kind: z.enum(measurementKinds, "error.required"),
      opensOn: date,
      closesOn: date,
      team: z.preprocess((value) => value === "on", z.boolean()),
      parents: ids,
      pupils: ids,
      threshold: field(
        z
          .string()
          .trim()
          .transform((value) => (value === "" ? null : Number(value)))
          .pipe(
            z
              .number("measure.error.threshold")
              .int("measure.error.threshold")
              .min(MIN_ANONYMITY_THRESHOLD, "measure.error.threshold")
              .max(50, "measure.error.threshold")
              .nullable(),
          ),
      ),
    })
    .superRefine((form, ctx) => {
      if (form.opensOn < today)
        ctx.addIssue({ code: "custom", path: ["opensOn"], message: "measure.error.opensInPast" });
      const days = daysBetween(form.opensOn, form.closesOn);
      if (days < 0) ctx.addIssue({ code: "custom", path: ["closesOn"], message: "measure.error.closesBeforeOpens" });
      if (days > MAX_OPEN_DAYS) ctx.addIssue({ code: "custom", path: ["closesOn"], message: "measure.error.tooLong" });
      if (!form.team && !form.parents.length && !form.pupils.length) {
        ctx.addIssue({ code: "custom", path: ["audiences"], message: "measure.error.noAudience" });
      }
    });
}

export type MeasurementInput = z.infer<ReturnType<typeof measurementForm>>;
