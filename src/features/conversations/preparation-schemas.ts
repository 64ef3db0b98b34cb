/**
 * The forms of the guide: one voice's answers, the teacher's private note, the agreements
 * (a fixed number of rows, so the form works without JavaScript) and a parent's remark.
 * Messages are catalog keys.
 */
import { z } from "zod";
import { ANSWER_MAX, QUESTION_IDS } from "./domain/guide.js";
import { utcToLocal } from "../../lib/time/zone.js";
import { outOfYearRange, parseDate } from "../../lib/time/dutch-date.js";

const text = (max: number) => z.string({ message: "error.invalid" }).trim().max(max, "error.tooLong");

/** "2026-12-01" from a date field, "1-12-2026" typed where the browser has none, or empty. */
const optionalDate = z
  .string({ message: "error.invalid" })
  .trim()
  .refine((v) => !outOfYearRange(v), "error.dateRange")
  .refine((v) => v === "" || parseDate(v) !== null, "conversations.error.date")
  .transform((v) => (v === "" ? null : parseDate(v)));

/** Answers keyed by question id; at least one must say something. */
export const answersForm = z
  .object(
    Object.fromEntries(QUESTION_IDS.map((id) => [id, text(ANSWER_MAX).default("")])) as Record<
      (typeof QUESTION_IDS)[number],
      z.ZodDefault<z.ZodString>
    >,
  )
  .refine((answers) => Object.values(answers).some((a) => a !== ""), {
    message: "conversations.prepare.error.empty",
    path: [QUESTION_IDS[0]],
  });

export const teacherAnswersForm = z.object({ note: text(2000).default("") }).and(answersForm);

export const PARTIES = ["pupil", "parent", "teacher", "school"] as const;
/** Empty rows the agreements form offers beyond the ones already recorded. */
export const AGREEMENT_ROWS = 6;

const row = z.object({
  party: z.enum(["", ...PARTIES], { message: "error.invalid" }),
  what: text(500),
  due: optionalDate,
});

/** Rows named party-0, what-0, due-0, …; blank rows are skipped, a half-filled row is an error. */
export const agreementsForm = z.record(z.string(), z.string()).transform((raw, ctx) => {
  const rows = [];
  let problems = 0;
  const problem = (path: string, message: string) => {
    ctx.addIssue({ code: "custom", path: [path], message });
    problems++;
  };
  for (let i = 0; i < 20; i++) {
    const parsed = row.safeParse({
      party: raw[`party-${i}`] ?? "",
      what: raw[`what-${i}`] ?? "",
      due: raw[`due-${i}`] ?? "",
    });
    if (!parsed.success) {
      // The row's own issue, moved onto its field: a too-long text keeps the maximum it names.
      const [issue] = parsed.error.issues;
      if (!issue) problem(`what-${i}`, "error.invalid");
      else {
        ctx.addIssue({ ...issue, path: [`what-${i}`] });
        problems++;
      }
      continue;
    }
    const { party, what, due } = parsed.data;
    if (what === "" && party === "" && due === null) continue;
    if (what === "") problem(`what-${i}`, "conversations.agree.error.what");
    else if (party === "") problem(`party-${i}`, "conversations.agree.error.party");
    else rows.push({ party, what, dueOn: due });
  }
  if (rows.length === 0 && problems === 0) problem("what-0", "conversations.agree.error.none");
  const followUp = optionalDate.safeParse(raw.followUpOn ?? "");
  if (!followUp.success)
    ctx.addIssue({ code: "custom", path: ["followUpOn"], message: followUp.error.issues[0]?.message ?? "error.date" });
  else if (followUp.data !== null && followUp.data < utcToLocal(new Date()).date)
    ctx.addIssue({ code: "custom", path: ["followUpOn"], message: "conversations.agree.error.followUpPast" });
  return { agreements: rows, followUpOn: followUp.success ? followUp.data : null };
});

export type AgreementsInput = z.infer<typeof agreementsForm>;

export const remarkForm = z.object({
  remark: text(1000).min(1, "error.required"),
});
