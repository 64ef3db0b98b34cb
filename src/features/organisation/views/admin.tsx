/** The platform administrator's pages: every organisation, and creating one with its first school leader. */
import type { PlatformAuditEntry } from "../../../audit/platform.js";
import type { Locale, Translate } from "../../../web/i18n/index.js";
import type { FormErrors, FormValues } from "../../../web/validation.js";
import { ErrorSummary, Field, Form, formFields } from "../../../web/components/forms.js";
import type { OrganisationWithCounts } from "../organisations.js";
import { OrganisationFields } from "./organisation-fields.js";
import { DataTable } from "../../../web/components/data-table.js";
import { AuditTable } from "../../../web/components/audit-table.js";
import { BackLink } from "../../../web/components/back-link.js";
import { platformSubjects } from "./platform-audit-details.js";

export function AdminOrganisationsPage({ t, orgs }: { t: Translate; orgs: OrganisationWithCounts[] }) {
  return (
    <>
      <h1>{t("admin.orgs.title")}</h1>
      <p>
        <a class="button" href="/admin/organisations/new">
          {t("admin.orgs.new")}
        </a>{" "}
        <a href="/admin/audit">{t("admin.audit.title")}</a>
      </p>
      <DataTable
        t={t}
        caption={t("admin.orgs.caption")}
        stack
        empty={t("admin.orgs.none")}
        rows={orgs}
        columns={[
          { label: t("admin.orgs.name"), cell: (o) => o.name },
          { label: t("admin.orgs.type"), cell: (o) => t(`orgType.${o.type}`) },
          { label: t("admin.orgs.code"), cell: (o) => o.registrationCode ?? "–" },
          { label: t("admin.orgs.staff"), cell: (o) => o.counts.staff },
          { label: t("admin.orgs.groups"), cell: (o) => o.counts.groups },
          { label: t("admin.orgs.pupils"), cell: (o) => o.counts.pupils },
        ]}
      />
    </>
  );
}

export function NewOrganisationPage(props: { t: Translate; csrf: string; values: FormValues; errors: FormErrors }) {
  const { t, values, errors } = props;
  const field = formFields(values, errors);
  return (
    <section class="narrow">
      <BackLink href="/admin/organisations" label={t("admin.orgs.title")} />
      <h1>{t("admin.orgs.newTitle")}</h1>
      <ErrorSummary t={t} errors={errors} />
      <Form action="/admin/organisations/new" csrf={props.csrf}>
        <OrganisationFields t={t} values={values} errors={errors} />
        <fieldset aria-describedby="leader-hint">
          <legend>{t("admin.orgs.leader")}</legend>
          <p class="hint" id="leader-hint">
            {t("admin.orgs.leader.hint")}
          </p>
          <Field {...field("leaderName")} label={t("admin.orgs.leaderName")} required />
          <Field
            {...field("leaderEmail")}
            type="email"
            label={t("admin.orgs.leaderEmail")}
            required
            inputmode="email"
          />
        </fieldset>
        <button type="submit">{t("admin.orgs.create")}</button>
      </Form>
    </section>
  );
}

/** The platform's audit trail: what editors and the administrator decided for everyone, newest first. */
export function PlatformAuditPage(props: { t: Translate; locale: Locale; entries: PlatformAuditEntry[] }) {
  const { t } = props;
  const subjectOf = platformSubjects(t, props.locale);
  const entries = props.entries.map((entry) => ({ ...entry, subject: subjectOf(entry) }));
  return (
    <>
      <BackLink href="/admin/organisations" label={t("admin.orgs.title")} />
      <h1>{t("admin.audit.title")}</h1>
      <p>{t("admin.audit.intro")}</p>
      <AuditTable t={t} locale={props.locale} entries={entries} texts="admin.audit" nobody={t("admin.audit.unknown")} />
    </>
  );
}
