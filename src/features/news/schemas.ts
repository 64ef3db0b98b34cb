/** The news forms; messages are catalog keys, shown beside their fields. */
import { z } from "zod";
import { richTextSource } from "../../lib/rich-text/schema.js";
import { outOfYearRange, parseDate } from "../../lib/time/dutch-date.js";
import { idSchema } from "../../web/route-context.js";

export const MAX_TITLE = 200;
export const MAX_BODY = 20_000;
export const MAX_REACTION = 1000;
export const MAX_SUGGESTION = 4000;
export const MAX_REASON = 500;

export const audiences = ["all", "groups", "staff"] as const;
export type Audience = (typeof audiences)[number];
export const publishModes = ["now", "later", "draft"] as const;
export const reactionKinds = ["comment", "question"] as const;
export type ReactionKind = (typeof reactionKinds)[number];
/** The language a post is written in; a reader without a translation into theirs reads it in this one. */
export const POST_LOCALE = "nl";
/** The languages a post is translated into. */
export const translationLocales = ["en"] as const;

const text = (max: number, empty: "error.required" | "news.error.bodyEmpty" = "error.required") =>
  z.preprocess((value) => value ?? "", z.string().trim().min(1, empty).max(max, "error.tooLong"));
const list = z.preprocess(
  (value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
  z.array(idSchema, { error: "news.error.groups" }),
);
const checkbox = z.preprocess((value) => value === "on" || value === "true", z.boolean());
const time = z.preprocess(
  (value) => value ?? "",
  z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "news.error.time")
    .or(z.literal("")),
);
const date = z.preprocess((value) => value ?? "", z.string().trim());

export const postForm = z
  .object({
    title: text(MAX_TITLE),
    body: z.preprocess((value) => value ?? "", richTextSource(MAX_BODY)),
    audience: z.enum(audiences, { error: "news.error.audience" }),
    groupIds: list,
    publish: z.enum(publishModes, { error: "news.error.publish" }),
    date,
    time,
    pinned: checkbox,
    reactionsOpen: checkbox,
  })
  .superRefine((form, ctx) => {
    if (form.audience === "groups" && form.groupIds.length === 0)
      ctx.addIssue({ code: "custom", path: ["groupIds"], message: "news.error.groups" });
    if (form.publish === "later") {
      if (!parseDate(form.date))
        ctx.addIssue({
          code: "custom",
          path: ["date"],
          message: outOfYearRange(form.date) ? "error.dateRange" : "news.error.date",
        });
      if (!form.time) ctx.addIssue({ code: "custom", path: ["time"], message: "news.error.time" });
    }
  })
  .transform(({ date, time, ...form }) => ({
    ...form,
    groupIds: form.audience === "groups" ? [...new Set(form.groupIds)] : [],
    publishAt: form.publish === "later" ? { date: parseDate(date) ?? "", time } : null,
  }));
export type PostInput = z.infer<typeof postForm>;

export const translationForm = z.object({
  locale: z.enum(translationLocales, { error: "news.error.locale" }),
  title: text(MAX_TITLE),
  body: z.preprocess((value) => value ?? "", richTextSource(MAX_BODY)),
});

export const reactionForm = z.object({
  kind: z.enum(reactionKinds, { error: "news.error.reactionKind" }),
  body: text(MAX_REACTION, "news.error.bodyEmpty"),
});

export const answerForm = z.object({ answer: text(MAX_REACTION) });
export const reasonForm = z.object({ reason: text(MAX_REASON) });
export const switchForm = z.object({ on: checkbox });

export const suggestionForm = z.object({ title: text(MAX_TITLE), body: text(MAX_SUGGESTION) });
