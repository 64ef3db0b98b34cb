/** The panel's forms (zod); messages are catalog keys. The profile's fields are domain/profile.ts. */
import { z } from "zod";
import { provinces, schoolTypes, type SchoolType } from "./domain/profile.js";
import { MAX_QUESTIONS } from "./service/surveys.js";

const email = z.string().trim().max(254, "error.email").pipe(z.email("error.email"));
const language = z.enum(["nl", "en"], { message: "error.invalid" });

export const signUpForm = z.object({
  email,
  language,
  consent: z.literal("yes", { message: "panel.error.consent" }),
  website: z.string().max(0, "panel.error.honeypot").optional(),
});

export const languageForm = z.object({ language });

export const signInForm = z.object({ email });

/** A mailed link's token: 43 URL-safe characters (32 random bytes). */
export const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

const text = (max: number) => z.string().trim().min(1, "error.required").max(max, "panel.error.tooLong");
const lines = (value: string) =>
  value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

const many = (value: unknown) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** A new panel survey: titles, intros and questions in Dutch and English (one per line, same count), and its sample. */
export const surveyForm = z
  .object({
    titleNl: text(200),
    titleEn: text(200),
    introNl: text(1000),
    introEn: text(1000),
    questionsNl: text(8000),
    questionsEn: text(8000),
    provinces: z.preprocess(many, z.array(z.enum(provinces, { message: "error.invalid" }))),
    schoolTypes: z.preprocess(
      many,
      z.array(z.enum(schoolTypes as [SchoolType, ...SchoolType[]], { message: "error.invalid" })),
    ),
    perStratum: z.preprocess(
      (v) => (typeof v === "string" && v.trim() === "" ? null : v),
      z.coerce
        .number({ message: "panel.error.perStratum" })
        .int("panel.error.perStratum")
        .min(1, "panel.error.perStratum")
        .max(100000, "panel.error.perStratum")
        .nullable(),
    ),
    threshold: z.coerce
      .number({ message: "panel.error.threshold" })
      .int("panel.error.threshold")
      .min(5, "panel.error.threshold")
      .max(100, "panel.error.threshold"),
  })
  .transform((form, ctx) => {
    const nl = lines(form.questionsNl);
    const en = lines(form.questionsEn);
    if (nl.length > MAX_QUESTIONS)
      ctx.addIssue({ code: "custom", path: ["questionsNl"], message: "panel.error.tooManyQuestions" });
    if (nl.some((q) => q.length > 300) || en.some((q) => q.length > 300)) {
      ctx.addIssue({ code: "custom", path: ["questionsNl"], message: "panel.error.questionTooLong" });
    }
    if (nl.length !== en.length)
      ctx.addIssue({ code: "custom", path: ["questionsEn"], message: "panel.error.questionCount" });
    return {
      title: { nl: form.titleNl, en: form.titleEn },
      intro: { nl: form.introNl, en: form.introEn },
      questions: nl.map((q, i) => ({ nl: q, en: en[i] ?? q })),
      sample: { provinces: form.provinces, schoolTypes: form.schoolTypes, perStratum: form.perStratum },
      threshold: form.threshold,
    };
  });

export const publishForm = z.object({
  year: z.coerce
    .number({ message: "panel.error.year" })
    .int("panel.error.year")
    .min(2000, "panel.error.year")
    .max(2100, "panel.error.year"),
});
