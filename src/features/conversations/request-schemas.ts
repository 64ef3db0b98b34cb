/**
 * The forms of conversations on request and of "another time" in a round. Times are school
 * time from datetime-local fields and must lie in the future; messages are catalog keys.
 */
import { z } from "zod";
import { requestTopics } from "./domain/requests.js";
import { localDateTime } from "./schemas.js";

const uuid = z.string({ message: "error.invalid" }).trim().uuid("error.invalid");
const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const futureTime = localDateTime.refine((at) => at.getTime() > Date.now(), "conversations.requests.error.past");
const lengths = ["15", "20", "30", "45", "60"] as const;
const minutes = z.enum(lengths, { message: "error.invalid" }).transform(Number);

export const meetingLengths = lengths;

/** A parent asks for one of their children (with one of the child's teachers); a teacher for a pupil. */
export const askForm = z.object({
  pupilId: uuid,
  teacherId: z.preprocess(blank, uuid.optional()),
  topic: z.enum(requestTopics, { message: "conversations.requests.error.topic" }),
  note: z.string().trim().max(2000, "error.tooLong").default(""),
});
export type AskForm = z.output<typeof askForm>;

/** One to three proposed times of one length. */
export const proposeForm = z
  .object({
    time1: z.preprocess(blank, futureTime.optional()),
    time2: z.preprocess(blank, futureTime.optional()),
    time3: z.preprocess(blank, futureTime.optional()),
    minutes,
  })
  .transform((form, ctx) => {
    const starts = [form.time1, form.time2, form.time3].filter((t): t is Date => t !== undefined);
    const distinct = [...new Map(starts.map((s) => [s.getTime(), s])).values()];
    if (distinct.length === 0) {
      ctx.addIssue({ code: "custom", path: ["time1"], message: "conversations.requests.error.noTime" });
      return z.NEVER;
    }
    return distinct.map((startsAt) => ({ startsAt, endsAt: new Date(startsAt.getTime() + form.minutes * 60_000) }));
  });

/** The teacher sets the time. */
export const setTimeForm = z
  .object({ time: futureTime, minutes })
  .transform((f) => ({ startsAt: f.time, endsAt: new Date(f.time.getTime() + f.minutes * 60_000) }));

export const acceptForm = z.object({ timeId: uuid });

/** A parent who cannot make any slot of a round. */
export const otherTimeForm = z.object({
  pupilId: uuid,
  note: z.string().trim().min(1, "conversations.otherTime.error.note").max(1000, "error.tooLong"),
});

/** The teacher's answer: a time (a booking in the round), a message, or both. */
export const otherTimeAnswerForm = z
  .object({
    time: z.preprocess(blank, futureTime.optional()),
    message: z.string().trim().max(1000, "error.tooLong").default(""),
  })
  .refine((f) => f.time !== undefined || f.message !== "", {
    path: ["time"],
    message: "conversations.otherTime.error.answer",
  });
