/** The plan's forms as zod schemas; messages are catalog keys, shown beside their fields. */
import { z } from "zod";
import { isCalendarDate, schoolToday } from "../../lib/time/school-date.js";
import { outOfYearRange } from "../../lib/time/dutch-date.js";
import { domainIds, respondentGroups } from "../measurements/index.js";
import { movedIntoPast } from "./domain/due.js";
import { actionOwners, actionStatuses } from "./domain/snapshot.js";

export const MAX_TEXT = 1000;

const field = <T extends z.ZodType>(schema: T) => z.preprocess((value) => value ?? "", schema);
const text = (max: number) => field(z.string().trim().max(max, "error.tooLong"));
const domain = z.enum(domainIds, { error: "plan.error.domain" });

/** Checkboxes: absent, one value or several. */
const ids = z.preprocess(
  (value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
  z
    .array(z.guid("error.invalid"))
    .max(200)
    .transform((list) => [...new Set(list)]),
);

export const visionForm = z.object({ vision: text(4000) });

export const goalForm = z.object({
  domain,
  title: field(z.string().trim().min(1, "plan.error.goalTitle").max(500, "error.tooLong")),
  /** Taking up a priority of the nulmeting: the group whose figures the goal starts from (read again on the server). */
  fromGroup: field(
    z.union([z.literal(""), z.enum(respondentGroups, { error: "error.invalid" })]).transform((v) => v || null),
  ),
});
export type GoalInput = z.infer<typeof goalForm>;

const actionFields = z.object({
  title: field(z.string().trim().min(1, "plan.error.actionTitle").max(200, "error.tooLong")),
  details: text(2000),
  domain,
  owner: z.enum(actionOwners, { error: "plan.error.owner" }),
  responsible: text(200),
  dueOn: field(
    z
      .string()
      .trim()
      .refine((v) => !outOfYearRange(v), "error.dateRange")
      .refine((v) => v === "" || isCalendarDate(v), "error.date")
      .transform((v) => v || null),
  ),
  status: field(z.enum(actionStatuses, { error: "error.invalid" })),
  ideas: ids,
});

/**
 * An action's form; `kept` is its date as it stands (null for a new action). The date's rule is
 * checked here too, so it shows beside the other problems instead of after they are fixed.
 */
export function actionForm(kept: string | null = null, now: Date = new Date()) {
  return actionFields.superRefine((form, ctx) => {
    if (form.dueOn !== null && isCalendarDate(form.dueOn) && movedIntoPast(form.dueOn, kept, schoolToday(now)))
      ctx.addIssue({ code: "custom", path: ["dueOn"], message: "plan.refusal.pastDue" });
  });
}
export type ActionInput = z.infer<typeof actionFields>;

/** A response's text field is named after its goal or action (`body-<id>`), so each form on the page has its own. */
export const responseForm = z.preprocess(
  (raw) => {
    const form = (raw ?? {}) as Record<string, unknown>;
    return { ...form, body: form[`body-${String(form.subjectId)}`] };
  },
  z.object({
    subject: z.enum(["goal", "action"], { error: "error.invalid" }),
    subjectId: z.guid("error.invalid"),
    body: field(z.string().trim().min(1, "plan.error.responseEmpty").max(MAX_TEXT, "error.tooLong")),
  }),
);

/** Named after its response (`answer-<id>`), like a response's field; the route passes the id. */
export const answerForm = (responseId: string) =>
  z.preprocess(
    (raw) => ({ answer: ((raw ?? {}) as Record<string, unknown>)[`answer-${responseId}`] }),
    z.object({
      answer: field(z.string().trim().min(1, "plan.error.answerEmpty").max(MAX_TEXT, "error.tooLong")),
    }),
  );

/** Publishing again: whether parents get a mail about the new version (the first publication always mails). */
export const publishForm = z.object({
  tellParents: z.preprocess((value) => value === "on", z.boolean()),
});

export const compareQuery = z.object({
  from: z.coerce.number().int().min(1),
  to: z.coerce.number().int().min(1),
});
