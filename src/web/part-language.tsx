/**
 * The language of parts (WCAG 2.2 SC 3.1.2). A page says its language once (`<html lang>`, the
 * viewer's locale); a part of it whose language is known and differs, such as a news post without a
 * translation, a text that fell back to Dutch or a language named in itself, says its own on the
 * element that holds it, so a screen reader speaks it with the right voice. Text of unknown language
 * (what people write) gets no attribute: a wrong one would be worse than none.
 */
import type { Child } from "hono/jsx";
import { locales, type Locale } from "./i18n/index.js";

/** The `lang` of a part in a known language: its language where that is not the page's, else none (it inherits the page's). */
export function partLang(part: string | null | undefined, page: Locale): string | undefined {
  return part && part !== page ? part : undefined;
}

/** Each language of the app named in itself, as a language choice shows it. */
export const nativeNames: Readonly<Record<Locale, string>> = { nl: "Nederlands", en: "English" };

/** The options of a language choice: each language named in itself, marked as such on a page in the other. */
export function languageOptions(page: Locale): { value: Locale; label: string; lang: string | undefined }[] {
  return locales.map((locale) => ({ value: locale, label: nativeNames[locale], lang: partLang(locale, page) }));
}

/** Text in a known language within an element of the page's (a legend, a cell): a span saying its language when that differs. */
export function InLanguage({
  lang,
  page,
  children,
}: {
  lang: string | null | undefined;
  page: Locale;
  children: Child;
}) {
  const own = partLang(lang, page);
  return own ? <span lang={own}>{children}</span> : <>{children}</>;
}
