/** The guardian list (search by name or e-mail, a page at a time) and the guardian form. */
import { Field, formFields } from "../../../web/components/forms.js";
import type { listGuardians } from "../service/guardian-queries.js";
import type { FormState, ViewProps } from "./common.js";
import { EditPage } from "./form-page.js";
import { RegisterList } from "./register-list.js";

interface GuardiansPageProps extends ViewProps {
  list: Awaited<ReturnType<typeof listGuardians>>;
  search: string;
  page: number;
  pages: number;
  showAudit: boolean;
}

export function GuardiansPage({ t, list, search, page, pages, showAudit }: GuardiansPageProps) {
  return (
    <RegisterList
      t={t}
      section="guardians"
      showAudit={showAudit}
      title={t("pupils.guardians.title")}
      add={t("pupils.guardians.new")}
      searchLabel={t("pupils.guardians.search")}
      params={{ q: search }}
      count={t("pupils.guardians.count", { count: list.total })}
      caption={t("pupils.guardians.caption")}
      rows={list.items}
      columns={[
        { label: t("pupils.guardians.name"), cell: (g) => <a href={`/organisation/guardians/${g.id}`}>{g.name}</a> },
        { label: t("pupils.guardians.email"), cell: (g) => g.email ?? "" },
        { label: t("pupils.guardians.phone"), cell: (g) => g.phone ?? "" },
        { label: t("pupils.guardians.account"), cell: (g) => t(`pupils.guardians.status.${g.signIn}`) },
        { label: t("pupils.guardians.children"), cell: (g) => g.childCount },
      ]}
      page={page}
      pages={pages}
    />
  );
}

interface GuardianFormProps extends ViewProps, FormState {
  title: string;
  action: string;
  cancel: string;
}

export function GuardianFormPage({ t, csrf, title, action, cancel, values = {}, errors = {} }: GuardianFormProps) {
  const field = formFields(values, errors);
  return (
    <EditPage t={t} csrf={csrf} title={title} action={action} cancel={cancel} errors={errors}>
      {values.pupilId ? <input type="hidden" name="pupilId" value={values.pupilId} /> : null}
      <Field {...field("name")} label={t("pupils.guardians.name")} autocomplete="off" required />
      <Field
        {...field("email")}
        type="email"
        label={`${t("pupils.guardians.email")} ${t("form.optional")}`}
        hint={t("pupils.guardians.emailHint")}
        inputmode="email"
        autocomplete="off"
      />
      <Field
        {...field("phone")}
        type="tel"
        label={`${t("pupils.guardians.phone")} ${t("form.optional")}`}
        inputmode="tel"
        autocomplete="off"
      />
    </EditPage>
  );
}
