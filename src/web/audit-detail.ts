/**
 * An audit entry's detail in the reader's language. A trail is append-only, so it keeps what each
 * feature wrote (a code, a shape such as "version:3" or "roles: teacher,mentor", a name someone
 * typed) and is translated only when shown: a trail has a reader per kind of entry that knows its
 * shapes and says them with catalog words. What no reader knows (a name, a shape written before or
 * since, a code without words) is shown as written, so no entry can break the page.
 */
import { isMessageKey, type MessageKey, type Translate } from "./i18n/index.js";

/** Reads one detail; null when it is not a shape this reader knows. */
export type DetailReader = (t: Translate, detail: string) => string | null;

/** The words of `<prefix><code>`, or null for a code that has none. */
export function wordsOf(t: Translate, prefix: string, code: string): string | null {
  const key = `${prefix}${code}`;
  return isMessageKey(key) ? t(key) : null;
}

/** A code of a family whose words are `<prefix><code>` (a measurement's kind, an idea's status). */
export const codeOf =
  (prefix: string): DetailReader =>
  (t, detail) =>
    wordsOf(t, prefix, detail);

/** Codes named one by one, for codes whose spelling is no key ("conversation history"). */
export const namedCodes =
  (words: Readonly<Record<string, MessageKey>>): DetailReader =>
  (t, detail) =>
    Object.hasOwn(words, detail) ? t(words[detail]!) : null;

/** A detail of one shape: `say` reads the pattern's groups (null when a part has no words). */
export const shaped =
  (pattern: RegExp, say: (t: Translate, parts: string[]) => string | null): DetailReader =>
  (t, detail) => {
    const match = pattern.exec(detail);
    return match ? say(t, match.slice(1)) : null;
  };

/** The first of the readers that knows the detail. */
export const either =
  (...readers: DetailReader[]): DetailReader =>
  (t, detail) => {
    for (const read of readers) {
      const words = read(t, detail);
      if (words !== null) return words;
    }
    return null;
  };

/** The detail in words, or as written when its reader does not know it (or fails: the trail must still show). */
export function detailWords(t: Translate, read: DetailReader | undefined, detail: string | null): string {
  if (detail === null) return "";
  try {
    return read?.(t, detail) ?? detail;
  } catch {
    return detail;
  }
}
