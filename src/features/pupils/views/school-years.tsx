/** School years: the list, a form for a new one, and the confirmation before archiving one. */
import { ErrorSummary, Field, Form, formFields } from "../../../web/components/forms.js";
import type { listSchoolYears, previewArchiveSchoolYear } from "../service/school-years.js";
import type { FormState, ViewProps } from "./common.js";
import { formatDate } from "../../../lib/time/format.js";
import { OrganisationNav } from "./nav.js";
import { SubmitOrCancel } from "./form-page.js";
import { DataTable } from "../../../web/components/data-table.js";
import { Section } from "../../../web/components/section.js";

interface SchoolYearsProps extends ViewProps, FormState {
  years: Awaited<ReturnType<typeof listSchoolYears>>;
  showAudit: boolean;
}

export function SchoolYearsPage({ t, csrf, locale, years, showAudit, values = {}, errors = {} }: SchoolYearsProps) {
  const field = formFields(values, errors);
  return (
    <>
      <OrganisationNav t={t} current="school-years" showAudit={showAudit} />
      <h1>{t("pupils.years.title")}</h1>
      <DataTable
        t={t}
        caption={t("pupils.years.caption")}
        stack
        empty={t("pupils.years.none")}
        rows={years}
        columns={[
          { label: t("pupils.years.name"), cell: (y) => y.name },
          {
            label: t("pupils.years.period"),
            cell: (y) => `${formatDate(locale, y.startsOn)} – ${formatDate(locale, y.endsOn)}`,
          },
          { label: t("pupils.years.groups"), cell: (y) => y.groupCount },
          {
            label: t("pupils.years.status"),
            cell: (y) =>
              y.archivedAt ? (
                t("pupils.years.archived")
              ) : (
                <a href={`/organisation/school-years/${y.id}/archive`}>{t("pupils.years.archive", { name: y.name })}</a>
              ),
          },
        ]}
      />
      <Section id="new-year" title={t("pupils.years.new")}>
        <ErrorSummary t={t} errors={errors} />
        <Form action="/organisation/school-years" csrf={csrf}>
          <Field {...field("name")} label={t("pupils.years.name")} hint={t("pupils.years.nameHint")} required />
          <Field {...field("startsOn")} type="date" label={t("pupils.years.startsOn")} required />
          <Field {...field("endsOn")} type="date" label={t("pupils.years.endsOn")} required />
          <button type="submit">{t("pupils.years.create")}</button>
        </Form>
      </Section>
    </>
  );
}

interface ArchiveProps extends ViewProps {
  preview: Awaited<ReturnType<typeof previewArchiveSchoolYear>>;
}

export function ArchiveSchoolYearPage({ t, csrf, preview }: ArchiveProps) {
  const { year, groups, pupilCount } = preview;
  return (
    <section class="narrow">
      <h1>{t("pupils.years.archiveTitle", { name: year.name })}</h1>
      <p>{t("pupils.years.archiveIntro")}</p>
      <p class="notice">
        {pupilCount ? t("pupils.years.archivePupils", { count: pupilCount }) : t("pupils.years.archiveNoPupils")}
      </p>
      {pupilCount ? (
        <>
          <p>{t("pupils.years.archiveMoveFirst")}</p>
          <ul>
            {groups
              .filter((g) => g.pupilCount > 0)
              .map((g) => (
                <li>
                  <a href={`/organisation/groups/${g.groupId}`}>{g.name}</a>:{" "}
                  {t("pupils.years.groupPupils", { count: g.pupilCount })}
                </li>
              ))}
          </ul>
        </>
      ) : null}
      <Form action={`/organisation/school-years/${year.id}/archive`} csrf={csrf}>
        <SubmitOrCancel
          t={t}
          label={t("pupils.years.archiveConfirm", { name: year.name })}
          cancel="/organisation/school-years"
          danger
        />
      </Form>
    </section>
  );
}
