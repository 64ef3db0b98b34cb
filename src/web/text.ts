/**
 * Control characters in text people send. None of them means anything in what is typed here, and
 * PostgreSQL refuses U+0000 in text and jsonb: one NUL once made a page answer 500 and a sealed
 * ballot impossible to open into a response.
 *
 * Decision: they are stripped, not refused. They are invisible, a browser never produces them
 * from typing (they come from pasting or from tampering), and a refusal would cost a respondent
 * the page they just filled in. TAB, LF and CR stay: multi-line text needs them, and single-line
 * fields fold whitespace in their own schemas. Lone surrogates (possible in JSON, never in a form,
 * whose decoding already replaces them) become U+FFFD, as a browser's encoding does.
 */

// The C0 controls but TAB, LF and CR; DEL; the C1 controls; the direction embeddings, overrides and
// isolates (U+202A–U+202E, U+2066–U+2069): in a title, a message or a subject they reorder how it
// reads, and an unclosed one the rest of the line it is shown in ("… van Anna"), so a text can pass
// for another. Typing right to left needs none of them; the marks U+200E and U+200F stay.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Whitespace and format characters (zero-width spaces and joiners, direction marks): nothing to see. */
const INVISIBLE = /[\s\p{Cf}]/gu;
const FORMAT = /\p{Cf}/u;

/**
 * The text without control characters, and well-formed UTF-16. A text of only format characters
 * and whitespace (two zero-width spaces) becomes empty, so that a required field refuses it instead
 * of storing an idea or a reason no one can read; inside visible text they stay (a zero-width
 * joiner builds an emoji or a Persian word).
 */
export function cleanText(value: string): string {
  const cleaned = value.replace(LONE_SURROGATE, "\uFFFD").replace(CONTROL, "");
  return FORMAT.test(cleaned) && cleaned.replace(INVISIBLE, "") === "" ? "" : cleaned;
}

/** Every string in a parsed JSON value (keys included) cleaned. */
export function cleanJson(value: unknown): unknown {
  if (typeof value === "string") return cleanText(value);
  if (Array.isArray(value)) return value.map(cleanJson);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [cleanText(key), cleanJson(inner)]));
  }
  return value;
}
