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

/** The pattern's first group, a code of `prefix`, in the sentence `key` as `codeName`; a second group as written. */
export const codeIn = (pattern: RegExp, prefix: string, key: MessageKey, [codeName, restName]: [string, string?]) =>
  shaped(pattern, (t, [code, rest]) => {
    const words = wordsOf(t, prefix, code!);
    if (words === null) return null;
    return t(key, restName ? { [codeName]: words, [restName]: rest! } : { [codeName]: words });
  });

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

/** A trail's readers by "entity.action", or by entity for all its actions. */
export type DetailReaders = Readonly<Partial<Record<string, DetailReader>>>;

/**
 * The entry's detail in words by its reader, or as written when none knows it (or reading fails:
 * the trail must still show).
 */
export function readDetail(
  t: Translate,
  readers: DetailReaders,
  entry: { entity: string; action: string; detail: string | null },
): string {
  const { detail } = entry;
  if (detail === null) return "";
  const read = readers[`${entry.entity}.${entry.action}`] ?? readers[entry.entity];
  try {
    return read?.(t, detail) ?? detail;
  } catch {
    return detail;
  }
}
