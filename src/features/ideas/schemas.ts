/** The board's forms. Texts are at most 1,000 characters, as the tables' checks say. */
import { z } from "zod";
import { idSchema } from "../../web/route-context.js";
import { domainIds } from "../measurements/index.js";

export const MAX_TEXT = 1000;
export const MAX_REASON = 500;
export const ideaStatuses = ["new", "takenUp", "done", "notNow"] as const;
export type IdeaStatus = (typeof ideaStatuses)[number];

const body = z.string().trim().min(1, "ideas.error.empty").max(MAX_TEXT, "ideas.error.tooLong");
/** "name", or the id of one of the author's children's groups; checked against the directory. */
const signAs = z.union([z.literal("name"), idSchema], { error: "ideas.error.signAs" });

export const ideaForm = z.object({
  body,
  domain: z.enum(domainIds, { error: "ideas.error.domain" }),
  signAs,
});
export type IdeaInput = z.infer<typeof ideaForm>;

export const reactionForm = z.object({ body, signAs });
export type ReactionInput = z.infer<typeof reactionForm>;

export const hideForm = z.object({
  reason: z.string().trim().min(1, "ideas.error.reason").max(MAX_REASON, "ideas.error.reasonTooLong"),
});

export const mergeForm = z.object({ into: z.guid({ error: "ideas.error.mergeInto" }) });

export const statusForm = z
  .object({
    status: z.enum(ideaStatuses, { error: "ideas.error.status" }),
    note: z.string().trim().max(MAX_TEXT, "ideas.error.tooLong"),
  })
  .refine((form) => form.status !== "notNow" || form.note.length > 0, {
    path: ["note"],
    message: "ideas.error.notNowNote",
  });
