/** The events' forms: a sign-up's number of people, and an event's times, place and capacity. */
import { z } from "zod";
import { MAX_PEOPLE } from "./domain/capacity.js";

const field = <T extends z.ZodType>(schema: T) => z.preprocess((value) => value ?? "", schema);
const time = field(
  z
    .string()
    .trim()
    .regex(/^([01]?\d|2[0-3]):[0-5]\d$/, "events.error.time"),
);

export const signupForm = z.object({
  people: field(
    z
      .string()
      .trim()
      .regex(/^\d{1,2}$/, "events.error.people")
      .transform(Number)
      .refine((n) => n >= 1 && n <= MAX_PEOPLE, "events.error.people"),
  ),
});

export const eventForm = z
  .object({
    startsAt: time,
    endsAt: time,
    place: field(z.string().trim().max(200, "error.tooLong")),
    capacity: field(
      z
        .string()
        .trim()
        .refine(
          (v) => v === "" || (/^\d{1,5}$/.test(v) && Number(v) >= 1 && Number(v) <= 10_000),
          "events.error.capacity",
        )
        .transform((v) => (v === "" ? null : Number(v))),
    ),
  })
  .refine((form) => form.endsAt.padStart(5, "0") > form.startsAt.padStart(5, "0"), {
    path: ["endsAt"],
    message: "events.error.endBeforeStart",
  });
export type EventForm = z.infer<typeof eventForm>;
