/**
 * Dutch compounds ("Kwaliteitsthermometer", "Gespreksgeschiedenis") are wider than a 360 px
 * phone at heading size, and browsers without a hyphenation dictionary (Chromium on Linux,
 * offline) then break them anywhere, without a hyphen. Headings get soft hyphens at the
 * language's hyphenation points, for long words only: a soft hyphen is invisible unless the
 * word is broken there, and screen readers and find-in-page ignore it.
 */
import type nl from "hyphen/nl/index.js";
import { packageAtFirstUse } from "../lib/load-package.js";
import type { Locale } from "./i18n/index.js";

const SOFT_HYPHEN = "\u00ad";
/** Shorter words fit a 360 px phone's line at every heading size (public/styles.css sizes h1 for 21 letters). */
const LONG_WORD = /\p{L}{22,}/gu;
const HEADING = /(<h[1-3][^>]*>)([\s\S]*?)(<\/h[1-3]>)/g;
/** Text between tags; rendered text is escaped, so it holds no "<". */
const TEXT = />([^<]+)</g;

type Hyphenator = typeof nl;
/** Loaded at the first long word: most pages have none (~200 kB of patterns per language). */
const hyphenators: Record<Locale, () => Hyphenator> = {
  nl: packageAtFirstUse<Hyphenator>("hyphen/nl/index.js"),
  en: packageAtFirstUse<Hyphenator>("hyphen/en-gb/index.js"),
};

/**
 * Words hyphenated before, by language: a heading's long word (a school's or a round's name) is on
 * every page a parent opens, and hyphenating it again cost more than the rest of the page's pass.
 * Emptied when full, so the names of one busy day stay and memory stays bounded.
 */
const hyphenated: Record<Locale, Map<string, string>> = { nl: new Map(), en: new Map() };
const KEPT_WORDS = 1_000;

function hyphenatedWord(locale: Locale, word: string): string {
  const kept = hyphenated[locale];
  let result = kept.get(word);
  if (result === undefined) {
    if (kept.size >= KEPT_WORDS) kept.clear();
    result = hyphenators[locale]().hyphenateSync(word, { hyphenChar: SOFT_HYPHEN });
    kept.set(word, result);
  }
  return result;
}

/** The page's HTML with the long words of its h1–h3 headings hyphenated in the page's language. */
export function hyphenateHeadings(html: string, locale: Locale): string {
  const word = (w: string) => hyphenatedWord(locale, w);
  return html.replace(
    HEADING,
    (_all, open: string, inner: string, close: string) =>
      open +
      `>${inner}<`.replace(TEXT, (_t, text: string) => `>${text.replace(LONG_WORD, word)}<`).slice(1, -1) +
      close,
  );
}
