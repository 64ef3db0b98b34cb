/**
 * A page's name in its address ("startcursus-mr"): lower-case letters and digits, words joined by
 * single hyphens, at most 80 characters, as the tables that keep one check (advice items,
 * trainings).
 */
import { z } from "zod";
import type { MessageKey } from "./i18n/index.js";

/** The form field of a slug, as typed (trimmed, lower-cased); refused with `message` when it is none. */
export const slugField = (message: MessageKey) =>
  z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, message)
    .max(80, message);
