/** What makes a response a download: its type, a file name in the reader's language, and no caching. */
export const CONTENT_TYPES = {
  pdf: "application/pdf",
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

export type FileType = keyof typeof CONTENT_TYPES;

/** "uitkomsten-nulmeting-2026.csv": the kind of file, then the measurement's title as a slug. */
export function fileName(prefix: string, title: string, type: FileType): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return `${[prefix, slug].filter(Boolean).join("-")}.${type}`;
}

/** The file as a download; results must not stay in a shared computer's cache. */
export function download(body: BodyInit, name: string, type: FileType): Response {
  return new Response(body, {
    headers: {
      "Content-Type": CONTENT_TYPES[type],
      "Content-Disposition": `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      "Cache-Control": "no-store",
    },
  });
}
