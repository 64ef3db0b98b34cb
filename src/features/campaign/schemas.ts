/** The campaign's forms. Lengths match the tables' checks. */
import { z } from "zod";
import { richTextSource } from "../../lib/rich-text/schema.js";
import { personText } from "../../web/person-fields.js";
import { cleanText } from "../../web/text.js";
import { endorserRoles, storyKinds, storyThemes } from "./domain/choices.js";
import { municipalityNamed } from "./domain/municipalities.js";

const email = personText(254)
  .transform((v) => v.toLowerCase())
  .pipe(z.string().min(1, "error.required").pipe(z.email("error.email")));

/**
 * The endorsement form. `website` is the honeypot: a field people never see or fill in
 * (hidden by the stylesheet, skipped by the keyboard and by screen readers); a robot filling in
 * every field gives itself away.
 */
export const endorseForm = z.object({
  role: z.enum(endorserRoles, { error: "campaign.error.role" }),
  name: personText(150).pipe(z.string().min(1, "error.required")),
  organisation: z
    .string()
    .optional()
    .transform((v) => v ?? "")
    .pipe(personText(200)),
  municipality: personText(100)
    .pipe(z.string().min(1, "error.required"))
    .transform((typed, ctx) => {
      const found = municipalityNamed(typed);
      if (!found) {
        ctx.addIssue({ code: "custom", message: "campaign.error.municipality" });
        return z.NEVER;
      }
      return found;
    }),
  email,
  public: z
    .union([z.literal("yes"), z.literal("no")], { error: "campaign.error.public" })
    .transform((v) => v === "yes"),
  website: z.string().optional(),
});

const multiline = (max: number) =>
  z
    .string()
    .transform((v) => cleanText(v).replace(/\r\n?/g, "\n").trim())
    .pipe(z.string().min(1, "error.required").max(max, "error.tooLong"));

export const storyForm = z.object({
  kind: z.enum(storyKinds, { error: "campaign.error.kind" }),
  theme: z.enum(storyThemes, { error: "campaign.error.theme" }),
  title: personText(150).pipe(z.string().min(1, "error.required")),
  body: multiline(5000),
  signedAs: personText(100).pipe(z.string().min(1, "error.required")),
  email,
  website: z.string().optional(),
});

export const textForm = z.object({
  locale: z.enum(["nl", "en"], { error: "error.invalid" }),
  body: richTextSource(20000),
});

export const newsForm = z.object({
  title: personText(200).pipe(z.string().min(1, "error.required")),
  body: richTextSource(20000),
});

export const rejectForm = z.object({
  reason: z.string().trim().min(1, "campaign.error.reason").max(500, "error.tooLong"),
});

export const editorForm = z.object({ email });
