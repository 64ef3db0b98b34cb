/**
 * Download names. The name a person's computer gave a file is shown to others and sent back in a
 * header, so it loses what could act there: a path ("../../etc/passwd", "C:\\x"), control and
 * format characters (a right-to-left override turns "gpj.exe" into "exe.jpg"), quotes and the
 * characters Windows refuses. Its extension follows what the bytes are, not what the name said.
 */
const UNSAFE = /[\p{Cc}\p{Cf}"'`<>:*?|\\/;%]/gu;
const MAX_STEM = 100;

/** The file's name without path or unsafe characters (its extension as it came), to show in a message. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  return base
    .normalize("NFC")
    .replace(UNSAFE, "")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 2 * MAX_STEM);
}

/** The file's name without path, unsafe characters or its own extension, with the extension of its type. */
export function safeFileName(name: string, extension: string): string {
  const stem = cleanFileName(name)
    .replace(/\.[^.]*$/, "")
    .replace(/^[.\s]+|[.\s]+$/g, "")
    .slice(0, MAX_STEM)
    .trim();
  return `${stem || "attachment"}.${extension}`;
}

/**
 * The Content-Disposition header for a name made by safeFileName: an ASCII `filename` for old
 * clients and the exact name as `filename*` (RFC 5987, UTF-8), which every current browser uses.
 */
export function contentDisposition(disposition: "inline" | "attachment", fileName: string): string {
  const ascii = fileName
    .normalize("NFKD")
    .replace(/[^\x20-\x7e]/g, "")
    .replace(/["\\]/g, "");
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  const fallback = /^[^.]*[^\s.][^.]*\./.test(ascii) ? ascii : `attachment${/\.[^.]*$/.exec(ascii)?.[0] ?? ""}`;
  return `${disposition}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
