/** Previous/next links for a long list, keeping the search and filters. */
import type { Translate } from "../i18n/index.js";

export function Pagination({
  t,
  path,
  params,
  page,
  pages,
}: {
  t: Translate;
  path: string;
  params: Record<string, string>;
  page: number;
  pages: number;
}) {
  if (pages <= 1) return null;
  const href = (n: number) => {
    const query = new URLSearchParams({
      ...Object.fromEntries(Object.entries(params).filter((e) => e[1])),
      page: String(n),
    });
    return `${path}?${query.toString()}`;
  };
  return (
    <nav class="pagination" aria-label={t("pupils.pagination.label")}>
      {page > 1 ? <a href={href(page - 1)}>{t("pupils.pagination.previous")}</a> : null}
      <span>{t("pupils.pagination.status", { page, pages })}</span>
      {page < pages ? <a href={href(page + 1)}>{t("pupils.pagination.next")}</a> : null}
    </nav>
  );
}
