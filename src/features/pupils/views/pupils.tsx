/** The pupil list: search by name or pupil number, filter by group, a page at a time. */
import type { listPupils } from "../service/pupil-queries.js";
import type { GroupChoice, ViewProps } from "./common.js";
import { groupOptions } from "./common.js";
import { formatDate } from "../../../lib/time/format.js";
import { RegisterList } from "./register-list.js";

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
  // An empty register, unfiltered: the way most schools fill it is the import of their administration's export.
  const empty = list.total === 0 && !search && !groupId;
  return (
    <>
      <RegisterList
        t={t}
        section="pupils"
        showAudit={showAudit}
        title={t("pupils.list.title")}
        add={t("pupils.list.new")}
        searchLabel={t("pupils.list.search")}
        params={{ q: search, group: groupId }}
        filters={
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
        }
        count={t("pupils.list.count", { count: list.total })}
        caption={t("pupils.list.caption")}
        rows={list.items}
        columns={[
          { label: t("pupils.field.name"), cell: (p) => <a href={`/organisation/pupils/${p.id}`}>{p.name}</a> },
          { label: t("pupils.field.pupilNumber"), cell: (p) => p.pupilNumber ?? "" },
          { label: t("pupils.field.group"), cell: (p) => p.groupName ?? t("pupils.list.noGroup") },
          { label: t("pupils.field.dateOfBirth"), cell: (p) => formatDate(locale, p.dateOfBirth) },
        ]}
        page={page}
        pages={pages}
      />
      {empty ? (
        <p>
          {t("pupils.list.importHint")} <a href="/organisation/import">{t("pupils.list.importLink")}</a>
        </p>
      ) : null}
    </>
  );
}
