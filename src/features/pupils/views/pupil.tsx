/** A pupil's page: details and guardians; for managers also linking, moving and archiving. */
import { CsrfField, ErrorSummary, Form, formFields, Select } from "../../../web/components/forms.js";
import type { getPupil } from "../service/pupil-queries.js";
import { groupOptions, type FormState, type GroupChoice, type ViewProps } from "./common.js";
import { formatDate } from "../../../lib/time/format.js";
import { SearchForm } from "../../../web/components/search-form.js";
import { SubmitOrCancel } from "./form-page.js";
import { BackLink } from "../../../web/components/back-link.js";
import { Section } from "../../../web/components/section.js";
import { Detail } from "../../../web/components/detail.js";

export type PupilData = Awaited<ReturnType<typeof getPupil>>;

export interface PupilManage {
  groups: GroupChoice[];
  guardianSearch: string;
  matches: { id: string; name: string; email: string | null }[];
}

interface PupilPageProps extends ViewProps, FormState {
  data: PupilData;
  /** Null for a teacher: read-only. */
  manage: PupilManage | null;
}

export function PupilPage({ t, csrf, locale, data, manage, values = {}, errors = {} }: PupilPageProps) {
  const { pupil } = data;
  const base = `/organisation/pupils/${pupil.id}`;
  const field = formFields(values, errors);
  return (
    <>
      <BackLink
        href={manage ? "/organisation/pupils" : pupil.groupId ? `/organisation/groups/${pupil.groupId}` : "/home"}
        label={manage ? t("pupils.list.back") : t("pupils.detail.backToGroup")}
      />
      <h1>{pupil.name}</h1>
      <ErrorSummary t={t} errors={errors} />
      <dl class="details">
        <Detail term={t("pupils.field.pupilNumber")}>{pupil.pupilNumber ?? "—"}</Detail>
        <Detail term={t("pupils.field.dateOfBirth")}>{formatDate(locale, pupil.dateOfBirth) || "—"}</Detail>
        <Detail term={t("pupils.field.group")}>
          {pupil.groupId && data.groupName ? (
            <a href={`/organisation/groups/${pupil.groupId}`}>{`${data.groupName} (${data.schoolYear ?? ""})`}</a>
          ) : (
            t("pupils.list.noGroup")
          )}
        </Detail>
      </dl>
      {manage ? (
        <p class="actions">
          <a class="button" href={`${base}/edit`}>
            {t("pupils.detail.edit")}
          </a>
          <a class="button secondary" href={`${base}/archive`}>
            {t("pupils.detail.archive")}
          </a>
        </p>
      ) : null}
      <Section id="guardians-title" title={t("pupils.detail.guardians")}>
        {data.guardians.length === 0 ? <p>{t("pupils.detail.noGuardians")}</p> : null}
        <ul>
          {data.guardians.map((g) => (
            <li>
              <a href={`/organisation/guardians/${g.id}`}>{g.name}</a>
              {g.email ? ` · ${g.email}` : ""}
              {g.phone ? ` · ${g.phone}` : ""}
              {manage ? (
                <form method="post" action={`${base}/guardians/${g.id}/unlink`} class="inline">
                  <CsrfField token={csrf} />
                  <button type="submit" class="link-button">
                    {t("pupils.detail.unlink", { name: g.name })}
                  </button>
                </form>
              ) : null}
            </li>
          ))}
        </ul>
        {manage ? <LinkGuardian t={t} csrf={csrf} base={base} pupilId={pupil.id} manage={manage} /> : null}
      </Section>
      {manage ? (
        <Section id="move-title" title={t("pupils.detail.move")}>
          <Form action={`${base}/move`} csrf={csrf}>
            <Select
              {...field("groupId")}
              label={t("pupils.detail.moveTarget")}
              options={groupOptions(manage.groups.filter((g) => g.id !== pupil.groupId))}
            />
            <button type="submit">{t("pupils.detail.moveSubmit")}</button>
          </Form>
        </Section>
      ) : null}
    </>
  );
}

function LinkGuardian(props: {
  t: PupilPageProps["t"];
  csrf: string;
  base: string;
  pupilId: string;
  manage: PupilManage;
}) {
  const { t, csrf, base, pupilId, manage } = props;
  return (
    <>
      <h3>{t("pupils.detail.link")}</h3>
      <SearchForm
        action={base}
        id="guardian-search"
        name="guardian"
        label={t("pupils.detail.linkSearch")}
        value={manage.guardianSearch}
        submit={t("pupils.list.searchSubmit")}
      />
      {manage.guardianSearch && !manage.matches.length ? <p>{t("pupils.detail.linkNone")}</p> : null}
      <ul>
        {manage.matches.map((g) => (
          <li>
            <form method="post" action={`${base}/guardians`} class="inline-form">
              <CsrfField token={csrf} />
              <input type="hidden" name="guardianId" value={g.id} />
              <span>{g.email ? `${g.name} (${g.email})` : g.name}</span>
              <button type="submit">{t("pupils.detail.linkSubmit", { name: g.name })}</button>
            </form>
          </li>
        ))}
      </ul>
      <p>
        <a href={`/organisation/guardians/new?pupil=${pupilId}`}>{t("pupils.detail.newGuardian")}</a>
      </p>
    </>
  );
}

export function ArchivePupilPage({ t, csrf, data }: ViewProps & { data: PupilData }) {
  const base = `/organisation/pupils/${data.pupil.id}`;
  return (
    <section class="narrow">
      <h1>{t("pupils.archive.title", { name: data.pupil.name })}</h1>
      <p>{t("pupils.archive.body")}</p>
      <Form action={`${base}/archive`} csrf={csrf}>
        <SubmitOrCancel t={t} label={t("pupils.archive.confirm")} cancel={base} danger />
      </Form>
    </section>
  );
}
