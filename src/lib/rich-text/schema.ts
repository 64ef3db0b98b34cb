/**
 * The form field of a rich text: required, at most `max` characters of source, and not empty
 * once rendered: Markdown of only marks ("> ", a rule "***", a link without text) would be a post
 * no one can read (a letter, a digit or a symbol such as an emoji makes it a text), so it is refused as an empty field is.
 */
import { z } from "zod";
import { richTextAsPlain } from "./plain.js";

const VISIBLE = /[\p{L}\p{N}\p{S}]/u;

export function richTextSource(max: number) {
  return z
    .string()
    .trim()
    .min(1, "error.required")
    .max(max, "error.tooLong")
    .refine((source) => VISIBLE.test(richTextAsPlain(source)), "error.required");
}
