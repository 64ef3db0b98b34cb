/** The discussion groups' forms: zod, with messages in the person's language. */
import { z } from "zod";
import { richTextAsPlain } from "../../lib/rich-text/plain.js";

export const MAX_BODY = 10000;
export const MAX_TITLE = 150;
export const MAX_NAME = 120;
export const MAX_DESCRIPTION = 1000;
export const MAX_REASON = 500;

const VISIBLE = /[\p{L}\p{N}\p{S}]/u;

/** Rich text that shows something: an empty post, or one of only `> ` and `***`, is refused. */
const body = z
  .string()
  .trim()
  .min(1, "discussions.error.empty")
  .max(MAX_BODY, "discussions.error.bodyTooLong")
  .refine((source) => VISIBLE.test(richTextAsPlain(source)), "discussions.error.empty");

export const replyForm = z.object({ body });

export const threadForm = z.object({
  title: z.string().trim().min(1, "discussions.error.title").max(MAX_TITLE, "discussions.error.titleTooLong"),
  body,
});

export const groupForm = z.object({
  name: z.string().trim().min(1, "discussions.error.name").max(MAX_NAME, "discussions.error.nameTooLong"),
  description: z.string().trim().max(MAX_DESCRIPTION, "discussions.error.descriptionTooLong"),
});

export const reasonForm = z.object({
  reason: z.string().trim().min(1, "discussions.error.reason").max(MAX_REASON, "discussions.error.reasonTooLong"),
});

export const conductForm = z.object({
  version: z.coerce.number().int(),
  back: z
    .string()
    .regex(/^\/discussions(\/[a-z]+\/[0-9a-f-]{36})?$/)
    .catch("/discussions"),
});
