/**
 * Questionnaire texts in several languages. Dutch and English are required;
 * any further language (ar, tr, pl, uk, …) is one more key in the data, with
 * no code change. A missing translation falls back to Dutch, and the caller
 * learns which language it got so it can set `lang` and `dir` correctly.
 */
import { z } from "zod";

/** Language keys: "ar", "tr", "pt-BR"… */
const LANGUAGE_KEY = /^[a-z]{2,3}(-[A-Z]{2})?$/;

const translated = z.string().trim().min(1);
const languageKeys = [
  (text: object) => Object.keys(text).every((key) => LANGUAGE_KEY.test(key)),
  { message: "language keys look like nl, en, ar or pt-BR" },
] as const;

export const localisedTextSchema = z
  .object({ nl: translated, en: translated })
  .catchall(translated)
  .refine(...languageKeys);

export type LocalisedText = z.infer<typeof localisedTextSchema>;

/**
 * A text that may be in Dutch alone (a school's own item written without English): shown in
 * Dutch to every reader without their language, marked as Dutch (src/web/part-language.ts).
 */
export const writtenTextSchema = z
  .object({ nl: translated })
  .catchall(translated)
  .refine(...languageKeys);

/** What pickText reads: Dutch always, any other language when it was given. */
export type WrittenText = { nl: string } & Partial<Record<string, string>>;

/** Languages written right to left; the page sets dir="rtl" for them. */
const RIGHT_TO_LEFT = new Set(["ar", "fa", "he", "ur", "ps", "ckb", "yi", "dv"]);

export function textDirection(language: string): "ltr" | "rtl" {
  return RIGHT_TO_LEFT.has(language.split("-")[0] ?? "") ? "rtl" : "ltr";
}

/** The text in the respondent's language, or Dutch when it has not been translated. */
export function pickText(text: WrittenText, language: string): { text: string; language: string } {
  const translated = text[language];
  return translated === undefined ? { text: text.nl, language: "nl" } : { text: translated, language };
}

/** Languages in which every one of the texts exists, in the order of the first text's keys. */
export function completeLanguages(texts: readonly LocalisedText[]): string[] {
  const [first, ...rest] = texts;
  if (!first) return [];
  return Object.keys(first).filter((language) => rest.every((text) => text[language] !== undefined));
}
