/** The forms of the advice desk: the editors' item form, the sparring request and a reply. */
import { z } from "zod";
import { richTextSource } from "../../lib/rich-text/schema.js";
import { slugField } from "../../web/slug.js";
import { ADVICE_BODY_MAX, ADVICE_TITLE_MAX, SPARRING_TEXT_MAX } from "../../db/schema/index.js";
import { TOPICS } from "./domain/topics.js";

const title = z.string().trim().min(1, "error.required").max(ADVICE_TITLE_MAX, "error.tooLong");

export const itemForm = z
  .object({
    kind: z.enum(["faq", "guide"], { error: "advice.error.kind" }),
    slug: slugField("advice.error.slug"),
    topic: z.union([z.enum(TOPICS), z.literal("")], { error: "advice.error.topic" }).catch(""),
    titleNl: title,
    titleEn: title,
    bodyNl: richTextSource(ADVICE_BODY_MAX),
    bodyEn: richTextSource(ADVICE_BODY_MAX),
    position: z.coerce
      .number({ error: "advice.error.position" })
      .int("advice.error.position")
      .min(0, "advice.error.position")
      .max(999, "advice.error.position"),
    published: z
      .literal("on")
      .optional()
      .transform((on) => on === "on"),
  })
  .refine((form) => form.kind === "guide" || form.topic !== "", { path: ["topic"], message: "advice.error.topic" });
export type ItemInput = z.infer<typeof itemForm>;

export const helpfulForm = z.object({ answer: z.enum(["yes", "no"]) });

const sparringText = z.string().trim().min(1, "error.required").max(SPARRING_TEXT_MAX, "error.tooLong");

export const sparringForm = z.object({ question: sparringText, preferredTimes: sparringText });
export type SparringInput = z.infer<typeof sparringForm>;

export const messageForm = z.object({ body: sparringText });

export const statusForm = z.object({
  status: z.enum(["new", "planned", "done"], { error: "advice.sparring.error.status" }),
});
