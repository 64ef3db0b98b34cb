/** The messages' forms; messages are catalog keys. */
import { z } from "zod";
import { richTextSource } from "../../lib/rich-text/schema.js";

export const MAX_BODY = 5000;
export const MAX_SUBJECT = 120;

const uuid = z.string({ message: "messages.error.child" }).trim().uuid("messages.error.child");
const body = richTextSource(MAX_BODY);

export const startForm = z.object({
  pupilId: uuid,
  subject: z
    .string({ message: "messages.error.subject" })
    .trim()
    .min(1, "messages.error.subject")
    .max(MAX_SUBJECT, "messages.error.subjectTooLong"),
  body,
});

export const replyForm = z.object({ body });

const time = z
  .string({ message: "messages.error.time" })
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "messages.error.time");

export const settingsForm = z.object({
  quietFrom: time,
  quietUntil: time,
  quietWeekends: z.literal("on").optional(),
  replyDays: z.coerce
    .number({ message: "messages.error.replyDays" })
    .int("messages.error.replyDays")
    .min(1, "messages.error.replyDays")
    .max(10, "messages.error.replyDays"),
});
