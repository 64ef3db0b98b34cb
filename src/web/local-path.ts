/**
 * Where a form may send the browser back to: only a page of this site. Checking the text
 * ("starts with / but not //") is not enough: browsers read "/\evil.example" as
 * "//evil.example", and drop tabs and line breaks inside a URL. So the value is resolved as a
 * browser would, and only the path it resolves to on this site is used.
 */
const HERE = "http://samen.invalid";

/** The same-origin path (with query and fragment) the value leads to, or null when it leads elsewhere. */
export function localPath(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value, HERE);
    // "/.//evil.example" resolves here to the path "//evil.example", which a browser reads as
    // another site.
    if (url.origin !== HERE || url.pathname.startsWith("//")) return null;
    return url.pathname + url.search + url.hash;
  } catch {
    return null;
  }
}
