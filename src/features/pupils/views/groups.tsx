/** The list of current groups and the form to create one. */
import { ErrorSummary, Field, Form, formFields, Select } from "../../../web/components/forms.js";
import type { GroupRow } from "../service/group-queries.js";
import type { FormState, ViewProps } from "./common.js";
import { OrganisationNav } from "./nav.js";
import { DataTable } from "../../../web/components/data-table.js";
import { Section } from "../../../web/components/section.js";

interface GroupsPageProps extends ViewProps, FormState {
  groups: GroupRow[];
  years: { id: string; name: string }[];
  locations: { id: string; name: string }[];
  showAudit: boolean;
}

export function GroupsPage({
  t,
  csrf,
  groups,
  years,
  locations,
  showAudit,
  values = {},
  errors = {},
}: GroupsPageProps) {
  const field = formFields(values, errors);
  return (
    <>
      <OrganisationNav t={t} current="groups" showAudit={showAudit} />
      <h1>{t("pupils.groups.title")}</h1>
      <DataTable
        t={t}
        caption={t("pupils.groups.caption")}
        stack
        empty={t("pupils.groups.none")}
        rows={groups}
        columns={[
          {
            label: t("pupils.groups.name"),
            cell: (g) => (
              <>
                <a href={`/organisation/groups/${g.id}`}>{g.name}</a>
                {g.location ? <span class="muted"> · {g.location}</span> : null}
              </>
            ),
          },
          { label: t("pupils.groups.schoolYear"), cell: (g) => g.schoolYear },
          { label: t("pupils.groups.pupilCount"), cell: (g) => g.pupilCount },
          {
            label: t("pupils.groups.staff"),
            cell: (g) => (g.staff.length ? g.staff.map((s) => s.name).join(", ") : t("pupils.groups.noStaff")),
          },
        ]}
      />
      <Section id="new-group" title={t("pupils.groups.new")}>
        {years.length === 0 ? (
          <p>
            {t("pupils.groups.needYear")} <a href="/organisation/school-years">{t("pupils.nav.schoolYears")}</a>
          </p>
        ) : (
          <>
            <ErrorSummary t={t} errors={errors} />
            <Form action="/organisation/groups" csrf={csrf}>
              <Field {...field("name")} label={t("pupils.groups.name")} required />
              <Select
                {...field("schoolYearId")}
                label={t("pupils.groups.schoolYear")}
                options={years.map((y) => ({ value: y.id, label: y.name }))}
              />
              {locations.length ? (
                <Select
                  {...field("locationId")}
                  label={`${t("pupils.groups.location")} ${t("form.optional")}`}
                  options={[
                    { value: "", label: t("pupils.groups.noLocation") },
                    ...locations.map((l) => ({ value: l.id, label: l.name })),
                  ]}
                />
              ) : null}
              <button type="submit">{t("pupils.groups.create")}</button>
            </Form>
          </>
        )}
      </Section>
    </>
  );
}
