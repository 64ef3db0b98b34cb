/**
 * A searchable list of the register (pupils, guardians), a page at a time: the sub-navigation,
 * the title and the way to add one, the search with any filters, how many there are, the table
 * and the links to the other pages, which keep the search and filters.
 */
import type { Child } from "hono/jsx";
import type { Translate } from "../../../web/i18n/index.js";
import { ActionLink } from "../../../web/components/action-link.js";
import { DataTable, type Column } from "../../../web/components/data-table.js";
import { Pagination } from "../../../web/components/pagination.js";
import { SearchForm } from "../../../web/components/search-form.js";
import { OrganisationNav } from "./nav.js";

interface RegisterListProps<Row> {
  t: Translate;
  section: "pupils" | "guardians";
  showAudit: boolean;
  title: string;
  /** The label of the link to add one. */
  add: string;
  searchLabel: string;
  /** The query: the search as `q`, and the filters. */
  params: { q: string } & Record<string, string>;
  /** The filters' fields, shown in the search form after the box. */
  filters?: Child;
  count: string;
  caption: string;
  rows: readonly Row[];
  columns: readonly Column<Row>[];
  page: number;
  pages: number;
}

export function RegisterList<Row>(props: RegisterListProps<Row>) {
  const { t, section, params, page, pages } = props;
  const path = `/organisation/${section}`;
  return (
    <>
      <OrganisationNav t={t} current={section} showAudit={props.showAudit} />
      <h1>{props.title}</h1>
      <ActionLink href={`${path}/new`} label={props.add} />
      <SearchForm
        action={path}
        id="search-q"
        name="q"
        label={props.searchLabel}
        value={params.q}
        submit={t("pupils.list.searchSubmit")}
      >
        {props.filters}
      </SearchForm>
      <p role="status">{props.count}</p>
      <DataTable t={t} caption={props.caption} stack rows={props.rows} columns={props.columns} />
      <Pagination t={t} path={path} params={params} page={page} pages={pages} />
    </>
  );
}
