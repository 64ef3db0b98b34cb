/** The platform administrator's pages: every organisation, and creating one with its first school leader. */
import type { Translate } from "../../../web/i18n/index.js";
import type { FormErrors, FormValues } from "../../../web/validation.js";
import { ErrorSummary, Field, Form } from "../../../web/components/forms.js";
import type { OrganisationWithCounts } from "../organisations.js";
import { OrganisationFields } from "./organisation-fields.js";
import { ScrollTable } from "../../../web/components/scroll-table.js";

export function AdminOrganisationsPage({ t, orgs }: { t: Translate; orgs: OrganisationWithCounts[] }) {
  return (
    <>
      <h1>{t("admin.orgs.title")}</h1>
      <p>
        <a class="button" href="/admin/organisations/new">
          {t("admin.orgs.new")}
        </a>
      </p>
      {orgs.length === 0 ? (
        <p>{t("admin.orgs.none")}</p>
      ) : (
        <ScrollTable t={t} caption={t("admin.orgs.caption")}>
          <thead>
            <tr>
              <th scope="col">{t("admin.orgs.name")}</th>
              <th scope="col">{t("admin.orgs.type")}</th>
              <th scope="col">{t("admin.orgs.code")}</th>
              <th scope="col">{t("admin.orgs.staff")}</th>
              <th scope="col">{t("admin.orgs.groups")}</th>
              <th scope="col">{t("admin.orgs.pupils")}</th>
            </tr>
          </thead>
          <tbody>
            {orgs.map((o) => (
              <tr>
                <th scope="row">{o.name}</th>
                <td>{t(`orgType.${o.type}`)}</td>
                <td>{o.registrationCode ?? "–"}</td>
                <td>{o.counts.staff}</td>
                <td>{o.counts.groups}</td>
                <td>{o.counts.pupils}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
    </>
  );
}

export function NewOrganisationPage(props: { t: Translate; csrf: string; values: FormValues; errors: FormErrors }) {
  const { t, values, errors } = props;
  return (
    <section class="narrow">
      <p>
        <a href="/admin/organisations">{t("admin.orgs.title")}</a>
      </p>
      <h1>{t("admin.orgs.newTitle")}</h1>
      <ErrorSummary title={t("form.errorSummary")} errors={errors} />
      <Form action="/admin/organisations/new" csrf={props.csrf}>
        <OrganisationFields t={t} values={values} errors={errors} />
        <fieldset aria-describedby="leader-hint">
          <legend>{t("admin.orgs.leader")}</legend>
          <p class="hint" id="leader-hint">
            {t("admin.orgs.leader.hint")}
          </p>
          <Field
            name="leaderName"
            label={t("admin.orgs.leaderName")}
            value={values.leaderName}
            error={errors.leaderName}
            required
          />
          <Field
            name="leaderEmail"
            type="email"
            label={t("admin.orgs.leaderEmail")}
            value={values.leaderEmail}
            error={errors.leaderEmail}
            required
            inputmode="email"
          />
        </fieldset>
        <button type="submit">{t("admin.orgs.create")}</button>
      </Form>
    </section>
  );
}
