/** The trainings' forms: registering, and the editors' training and session. */
import { z } from "zod";
import { richTextSource } from "../../lib/rich-text/schema.js";
import { slugField } from "../../web/slug.js";
import { outOfYearRange, parseDate } from "../../lib/time/dutch-date.js";
import { idSchema } from "../../web/route-context.js";
import { saysWhere, whereIssue } from "../../web/when-and-where.js";

const line = (max: number) => z.string().trim().max(max, "error.tooLong");

export const registerForm = z.object({
  session: idSchema.catch(""),
  name: z.string().trim().min(1, "trainings.error.name").max(200, "error.tooLong"),
  email: z.string().trim().toLowerCase().max(254, "error.tooLong").pipe(z.email("error.email")),
  school: line(200),
  /** The honeypot: people leave it empty (it is hidden); a bot that fills every field is ignored. */
  website: z.string().max(500).catch("x"),
});
export type RegisterInput = z.infer<typeof registerForm>;

export const trainingForm = z.object({
  slug: slugField("trainings.error.slug"),
  titleNl: z.string().trim().min(1, "error.required").max(200, "error.tooLong"),
  titleEn: z.string().trim().min(1, "error.required").max(200, "error.tooLong"),
  descriptionNl: richTextSource(10_000),
  descriptionEn: richTextSource(10_000),
  audienceNl: line(200),
  audienceEn: line(200),
});
export type TrainingInput = z.infer<typeof trainingForm>;

/** Editing a training: its texts; the address stays, so links already shared keep working. */
export const trainingTextForm = trainingForm.omit({ slug: true });
export type TrainingTextInput = z.infer<typeof trainingTextForm>;

const time = z
  .string()
  .trim()
  .regex(/^([01]?\d|2[0-3]):[0-5]\d$/, "trainings.error.time")
  .transform((value) => value.padStart(5, "0"));

export const sessionForm = z
  .object({
    date: z
      .string()
      .trim()
      .transform((value, context) => {
        const date = parseDate(value);
        if (!date)
          context.addIssue({ code: "custom", message: outOfYearRange(value) ? "error.dateRange" : "error.date" });
        return date ?? "";
      }),
    startsAt: time,
    endsAt: time,
    place: line(300),
    onlineUrl: z.union([
      z.literal(""),
      z.url({ protocol: /^https$/, error: "trainings.error.url" }).max(500, "error.tooLong"),
    ]),
    capacity: z.coerce
      .number({ error: "trainings.error.capacity" })
      .int("trainings.error.capacity")
      .min(1, "trainings.error.capacity")
      .max(1000, "trainings.error.capacity"),
  })
  .refine((form) => form.endsAt > form.startsAt, { path: ["endsAt"], message: "trainings.error.endBeforeStart" })
  .refine(saysWhere, whereIssue);
export type SessionInput = z.infer<typeof sessionForm>;
