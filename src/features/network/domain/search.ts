/**
 * Staff's question as a full-text query. PostgreSQL's Dutch configuration stems each word
 * ("Turks" and "Turkse" become turk, "tuinieren" tuinier, "helpen" help) and drops stop words;
 * here the question's own words are dropped too ("wie", "spreekt", "kan helpen"), so "wie
 * spreekt Turks" asks for turk, and the rest are joined with OR as prefixes: "tuin" finds
 * "tuinieren" (tuin:* matches tuinier), a parent matching more words ranks higher. Compounds are
 * not split: "schooltuin" does not find "tuin", nor "tuinieren" "tuin" (see search.test.ts).
 * Pure: the words only ever reach to_tsquery as letters and digits.
 */
const QUESTION_WORDS = new Set([
  "wie",
  "kan",
  "kunnen",
  "wil",
  "willen",
  "helpen",
  "help",
  "hulp",
  "spreekt",
  "spreken",
  "praat",
  "iemand",
  "ouder",
  "ouders",
  "met",
  "bij",
  "voor",
  "van",
  "de",
  "het",
  "een",
  "en",
  "of",
  "who",
  "can",
  "speaks",
  "speak",
  "someone",
  "parent",
  "parents",
  "with",
  "for",
  "the",
  "a",
  "and",
  "or",
]);

/** At most this many words of a question count. */
export const MAX_WORDS = 8;

/** The question's words that search, lower case, each once. */
export function searchWords(question: string): string[] {
  const words = question
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1 && !QUESTION_WORDS.has(word));
  return [...new Set(words)].slice(0, MAX_WORDS);
}

/** The text for to_tsquery('dutch', …): the words as prefixes joined with OR; null when none is left. */
export function tsqueryOf(question: string): string | null {
  const words = searchWords(question);
  return words.length ? words.map((word) => `${word}:*`).join(" | ") : null;
}
