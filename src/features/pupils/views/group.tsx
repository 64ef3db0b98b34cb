/** One group: its pupils for everyone who may see it; renaming, staff and moving up for managers. */
import { CsrfField, ErrorSummary, Field, Form, formFields, Select } from "../../../web/components/forms.js";
import type { getGroupPage } from "../service/group-queries.js";
import { groupOptions, type FormState, type GroupChoice, type ViewProps } from "./common.js";
import { formatDate } from "../../../lib/time/format.js";
import { DataTable } from "../../../web/components/data-table.js";
import { BackLink } from "../../../web/components/back-link.js";
import { Section } from "../../../web/components/section.js";

export type GroupData = Awaited<ReturnType<typeof getGroupPage>>;

interface GroupPageProps extends ViewProps, FormState {
  data: GroupData;
  /** Null for a teacher: read-only. */
  manage: { staffChoices: { userId: string; name: string }[]; moveTargets: GroupChoice[] } | null;
}

export function GroupPage({ t, csrf, locale, data, manage, values = {}, errors = {} }: GroupPageProps) {
  const { group, pupils, staff } = data;
  return (
    <>
      <BackLink
        href={manage ? "/organisation/groups" : "/home"}
        label={manage ? t("pupils.groups.back") : t("layout.home")}
      />
      <h1>{group.name}</h1>
      <p>
        {t("pupils.groups.inYear", { year: group.schoolYear })}
        {staff.length
          ? ` · ${t("pupils.groups.staffList", { count: staff.length, names: staff.map((s) => s.name).join(", ") })}`
          : ""}
      </p>
      {group.archived ? <p class="notice">{t("pupils.groups.archived")}</p> : null}
      <ErrorSummary t={t} errors={errors} />
      <DataTable
        t={t}
        caption={t("pupils.groups.pupilsCaption", { count: pupils.length })}
        stack
        empty={t("pupils.groups.empty")}
        rows={pupils}
        columns={[
          { label: t("pupils.field.name"), cell: (p) => <a href={`/organisation/pupils/${p.id}`}>{p.name}</a> },
          { label: t("pupils.field.pupilNumber"), cell: (p) => p.pupilNumber ?? "" },
          { label: t("pupils.field.dateOfBirth"), cell: (p) => formatDate(locale, p.dateOfBirth) },
        ]}
      />
      {manage ? (
        <ManageGroup t={t} csrf={csrf} locale={locale} data={data} manage={manage} values={values} errors={errors} />
      ) : null}
    </>
  );
}

function ManageGroup({
  t,
  csrf,
  data,
  manage,
  values = {},
  errors = {},
}: GroupPageProps & { manage: NonNullable<GroupPageProps["manage"]> }) {
  const field = formFields(values, errors);
  const base = `/organisation/groups/${data.group.id}`;
  const assigned = new Set(data.staff.map((s) => s.userId));
  const free = manage.staffChoices.filter((s) => !assigned.has(s.userId));
  return (
    <>
      <Section id="staff-title" title={t("pupils.groups.staff")}>
        {data.staff.length ? null : <p>{t("pupils.groups.noStaff")}</p>}
        <ul>
          {data.staff.map((s) => (
            <li>
              {s.name}
              <form method="post" action={`${base}/staff/remove`} class="inline">
                <CsrfField token={csrf} />
                <input type="hidden" name="staffUserId" value={s.userId} />
                <button type="submit" class="link-button">
                  {t("pupils.groups.unassign", { name: s.name })}
                </button>
              </form>
            </li>
          ))}
        </ul>
        {free.length ? (
          <Form action={`${base}/staff`} csrf={csrf}>
            <Select
              {...field("staffUserId")}
              label={t("pupils.groups.assign")}
              options={free.map((s) => ({ value: s.userId, label: s.name }))}
            />
            <button type="submit">{t("pupils.groups.assignSubmit")}</button>
          </Form>
        ) : null}
      </Section>
      <Section id="rename-title" title={t("pupils.groups.rename")}>
        <Form action={`${base}/rename`} csrf={csrf}>
          <Field {...field("name", data.group.name)} label={t("pupils.groups.name")} required />
          <button type="submit">{t("form.save")}</button>
        </Form>
      </Section>
      <Section id="move-up-title" title={t("pupils.groups.moveUp")}>
        <p>{t("pupils.groups.moveUpIntro")}</p>
        {manage.moveTargets.length ? (
          <Form action={`${base}/move-up`} csrf={csrf}>
            <Select
              {...field("groupId")}
              label={t("pupils.groups.moveUpTarget")}
              options={groupOptions(manage.moveTargets)}
            />
            <button type="submit">{t("pupils.groups.moveUpSubmit", { count: data.pupils.length })}</button>
          </Form>
        ) : (
          <p>{t("pupils.groups.moveUpNoTargets")}</p>
        )}
      </Section>
    </>
  );
}
