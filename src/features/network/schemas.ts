/** The network's forms. Lengths are the tables' checks. */
import { z } from "zod";
import { outOfYearRange, parseDate } from "../../lib/time/dutch-date.js";
import { idSchema } from "../../web/route-context.js";
import { isLanguageCode, type LanguageCode } from "./domain/languages.js";
import { VISIBILITIES } from "./domain/visibility.js";

const checkbox = z
  .union([z.literal("on"), z.literal("true"), z.literal("")])
  .optional()
  .transform((v) => v === "on" || v === "true");

/** A form field that may come once or many times (checkboxes of one name). */
const many = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(item));

const text = (max: number) => z.string().trim().max(max, "network.error.tooLong");

/** Tags: comma-separated words, each at most 40 characters, at most 12, lower case, once each. */
const tags = z
  .string()
  .max(600, "network.error.tooLong")
  .transform((v) => [
    ...new Set(
      v
        .split(",")
        .map((tag) => tag.trim().toLowerCase())
        .filter(Boolean),
    ),
  ])
  .refine((list) => list.length <= 12 && list.every((tag) => tag.length <= 40), "network.error.tags");

export const profileForm = z.object({
  visibility: z.enum(VISIBILITIES, { error: "network.error.visibility" }),
  showName: checkbox,
  showGroups: checkbox,
  showLanguages: checkbox,
  showOffer: checkbox,
  findable: checkbox,
  skills: text(1000),
  trade: text(200),
  timeAvailable: text(500),
  about: text(2000),
  tags,
  languages: many(z.string().refine(isLanguageCode, "network.error.language")).refine(
    (list) => new Set(list).size === list.length,
    "network.error.language",
  ),
});
export type ProfileInput = z.infer<typeof profileForm>;

/** The search's query string: a missing field searches all; a text too long or a choice not offered is refused with a message. */
export const searchForm = z.object({
  q: z.string().trim().max(200, "network.error.searchTooLong").default(""),
  tag: z.string().trim().toLowerCase().max(40, "network.error.searchTag").default(""),
  language: z
    .string()
    .refine((v) => v === "" || isLanguageCode(v), "network.error.searchLanguage")
    .transform((v): LanguageCode | "" => (isLanguageCode(v) ? v : ""))
    .default(""),
});
export type SearchInput = z.infer<typeof searchForm>;

export const requestForm = z.object({
  body: z.string().trim().min(1, "network.error.emptyRequest").max(2000, "network.error.tooLong"),
  parents: many(idSchema).refine((list) => list.length > 0 && list.length <= 200, "network.error.noParents"),
});

export const answerForm = z.object({
  answer: z.enum(["yes", "no"], { error: "network.error.answer" }),
  shareEmail: checkbox,
});

const time = z
  .string()
  .trim()
  .regex(/^([01]?\d|2[0-3]):[0-5]\d$/, "network.error.time")
  .transform((v) => v.padStart(5, "0"));

export const MAX_NEEDED = 500;

export const taskForm = z
  .object({
    title: z.string().trim().min(1, "network.error.title").max(200, "network.error.tooLong"),
    date: z
      .string()
      .refine((v) => !outOfYearRange(v), "error.dateRange")
      .transform((v) => parseDate(v) ?? "")
      .refine((v) => v !== "", "network.error.date"),
    startsAt: time,
    endsAt: time,
    place: z.string().trim().max(200, "network.error.tooLong"),
    needed: z
      .string()
      .trim()
      .regex(/^\d{1,3}$/, "network.error.needed")
      .transform(Number)
      .refine((n) => n >= 1 && n <= MAX_NEEDED, "network.error.needed"),
    groupIds: many(idSchema).refine((list) => list.length > 0, "network.error.groups"),
    expected: z.string().trim().max(2000, "network.error.tooLong"),
  })
  .refine((form) => form.endsAt > form.startsAt, { path: ["endsAt"], message: "network.error.endBeforeStart" });
export type TaskInput = z.infer<typeof taskForm>;

export const messageForm = z.object({
  body: z.string().trim().min(1, "network.error.emptyMessage").max(2000, "network.error.tooLong"),
});
