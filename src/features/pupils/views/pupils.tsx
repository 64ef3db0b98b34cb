/** The pupil list: search by name or pupil number, filter by group, a page at a time. */
import type { listPupils } from "../service/pupil-queries.js";
import type { GroupChoice, ViewProps } from "./common.js";
import { groupOptions } from "./common.js";
import { formatDate } from "../../../lib/time/format.js";
import { OrganisationNav } from "./nav.js";
import { Pagination } from "../../../web/components/pagination.js";
import { ScrollTable } from "../../../web/components/scroll-table.js";

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
      <p>
        <a class="button" href="/organisation/pupils/new">
          {t("pupils.list.new")}
        </a>
      </p>
      <form method="get" action="/organisation/pupils" class="inline-form" role="search">
        <div class="field">
          <label for="search-q">{t("pupils.list.search")}</label>
          <input id="search-q" name="q" type="search" value={search} />
        </div>
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
        <button type="submit">{t("pupils.list.searchSubmit")}</button>
      </form>
      <p role="status">{t("pupils.list.count", { count: list.total })}</p>
      {list.items.length ? (
        <ScrollTable t={t} caption={t("pupils.list.caption")}>
          <thead>
            <tr>
              <th scope="col">{t("pupils.field.name")}</th>
              <th scope="col">{t("pupils.field.pupilNumber")}</th>
              <th scope="col">{t("pupils.field.group")}</th>
              <th scope="col">{t("pupils.field.dateOfBirth")}</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((p) => (
              <tr>
                <th scope="row">
                  <a href={`/organisation/pupils/${p.id}`}>{p.name}</a>
                </th>
                <td>{p.pupilNumber ?? ""}</td>
                <td>{p.groupName ?? t("pupils.list.noGroup")}</td>
                <td>{formatDate(locale, p.dateOfBirth)}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      ) : null}
      <Pagination t={t} path="/organisation/pupils" params={{ q: search, group: groupId }} page={page} pages={pages} />
    </>
  );
}
