/** The pupil list: search by name or pupil number, filter by group, a page at a time. */
import type { listPupils } from "../service/pupil-queries.js";
import type { GroupChoice, ViewProps } from "./common.js";
import { groupOptions } from "./common.js";
import { formatDate } from "../../../lib/time/format.js";
import { OrganisationNav } from "./nav.js";
import { SearchForm } from "../../../web/components/search-form.js";
import { Pagination } from "../../../web/components/pagination.js";
import { DataTable } from "../../../web/components/data-table.js";
import { ActionLink } from "../../../web/components/action-link.js";

interface PupilsPageProps extends ViewProps {
  list: Awaited<ReturnType<typeof listPupils>>;
  search: string;
  groupId: string;
  groups: GroupChoice[];
  page: number;
  pages: number;
  showAudit: boolean;
}

export function PupilsPage({ t, locale, list, search, groupId, groups, page, pages, showAudit }: PupilsPageProps) {
  const filters = [
    { value: "", label: t("pupils.list.allGroups") },
    { value: "none", label: t("pupils.list.noGroup") },
    ...groupOptions(groups),
  ];
  return (
    <>
      <OrganisationNav t={t} current="pupils" showAudit={showAudit} />
      <h1>{t("pupils.list.title")}</h1>
      <ActionLink href="/organisation/pupils/new" label={t("pupils.list.new")} />
      <SearchForm
        action="/organisation/pupils"
        id="search-q"
        name="q"
        label={t("pupils.list.search")}
        value={search}
        submit={t("pupils.list.searchSubmit")}
      >
        <div class="field">
          <label for="search-group">{t("pupils.list.group")}</label>
          <select id="search-group" name="group">
            {filters.map((o) => (
              <option value={o.value} selected={o.value === groupId}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
      </SearchForm>
      <p role="status">{t("pupils.list.count", { count: list.total })}</p>
      <DataTable
        t={t}
        caption={t("pupils.list.caption")}
        rows={list.items}
        columns={[
          { label: t("pupils.field.name"), cell: (p) => <a href={`/organisation/pupils/${p.id}`}>{p.name}</a> },
          { label: t("pupils.field.pupilNumber"), cell: (p) => p.pupilNumber ?? "" },
          { label: t("pupils.field.group"), cell: (p) => p.groupName ?? t("pupils.list.noGroup") },
          { label: t("pupils.field.dateOfBirth"), cell: (p) => formatDate(locale, p.dateOfBirth) },
        ]}
      />
      <Pagination t={t} path="/organisation/pupils" params={{ q: search, group: groupId }} page={page} pages={pages} />
    </>
  );
}
