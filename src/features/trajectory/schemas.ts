/** The trajectory's forms as zod schemas; messages are catalog keys, shown beside their fields. */
import { z } from "zod";
import { isCalendarDate, schoolToday } from "../../lib/time/school-date.js";
import { outOfYearRange } from "../../lib/time/dutch-date.js";
import { heldDayProblem } from "./domain/held.js";
import { skippableSteps } from "./domain/phase.js";

const field = <T extends z.ZodType>(schema: T) => z.preprocess((value) => value ?? "", schema);
const text = (max: number) => field(z.string().trim().max(max, "error.tooLong"));
const optionalId = field(z.union([z.literal(""), z.guid("error.invalid")]).transform((v) => v || null));
const reason = field(z.string().trim().min(1, "trajectory.error.reasonRequired").max(500, "error.tooLong"));

/** Checkboxes: absent, one value or several. */
const ids = z.preprocess(
  (value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
  z
    .array(z.guid("error.invalid"))
    .max(200)
    .transform((list) => [...new Set(list)]),
);

export const startForm = z.object({ advisorId: optionalId });

/** Skipping a session; a step of the trajectory also names the step. */
export const reasonForm = z.object({ reason });
const step = z.enum(skippableSteps, "error.invalid");
export const skipForm = z.object({ step, reason });
export const unskipForm = z.object({ step });

export const linkForm = z.object({ measurementId: field(z.guid("trajectory.error.chooseMeasurement")) });

export const sessionLines = ["school", "parents", "joint"] as const;

const sessionFields = z.object({
  line: z.enum(sessionLines, "error.required"),
  topic: field(z.string().trim().min(1, "error.required").max(200, "error.tooLong")),
  goals: text(2000),
  heldOn: field(
    z
      .string()
      .trim()
      .refine((v) => !outOfYearRange(v), "error.dateRange")
      .refine((v) => v === "" || isCalendarDate(v), "error.date")
      .transform((v) => v || null),
  ),
  held: z.preprocess((value) => value === "on", z.boolean()),
  attendance: field(
    z
      .string()
      .trim()
      .refine((v) => v === "" || (/^\d{1,5}$/.test(v) && Number(v) <= 10_000), "trajectory.error.attendance")
      .transform((v) => (v === "" ? null : Number(v))),
  ),
  groups: ids,
  notes: text(4000),
  outcomes: text(4000),
  followUp: text(4000),
});

/** A session's form; the held day's rule is checked here too, so it shows beside the other problems. */
export function sessionForm(now: Date = new Date()) {
  return sessionFields.superRefine((form, ctx) => {
    if (form.heldOn !== null && !isCalendarDate(form.heldOn)) return;
    const problem = heldDayProblem(form, schoolToday(now));
    if (problem) ctx.addIssue({ code: "custom", path: ["heldOn"], message: problem });
  });
}
export type SessionInput = z.infer<typeof sessionFields>;

export const moveForm = z.object({ direction: z.enum(["up", "down"], "error.invalid") });
