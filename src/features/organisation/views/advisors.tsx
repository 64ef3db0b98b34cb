/** Advisors: who guides this organisation, inviting one and removing one. */
import type { Translate } from "../../../web/i18n/index.js";
import type { FormErrors, FormValues } from "../../../web/validation.js";
import { ErrorSummary, Form } from "../../../web/components/forms.js";
import type { Member } from "../members.js";
import { BackToOrganisation, PersonFields } from "./controls.js";
import { ScrollTable } from "../../../web/components/scroll-table.js";

interface AdvisorsProps {
  t: Translate;
  csrf: string;
  orgName: string;
  advisors: Member[];
  values: FormValues;
  errors: FormErrors;
}

export function AdvisorsPage({ t, csrf, orgName, advisors, values, errors }: AdvisorsProps) {
  return (
    <>
      <BackToOrganisation t={t} />
      <h1>{t("org.advisors.title")}</h1>
      <p>{t("org.advisors.intro")}</p>
      {advisors.length === 0 ? (
        <p>{t("org.advisors.none")}</p>
      ) : (
        <ScrollTable t={t} caption={t("org.advisors.caption", { org: orgName })}>
          <thead>
            <tr>
              <th scope="col">{t("org.person.name")}</th>
              <th scope="col">{t("org.person.email")}</th>
              <th scope="col">
                <span class="visually-hidden">{t("org.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {advisors.map((a) => (
              <tr>
                <th scope="row">{a.name}</th>
                <td>{a.email}</td>
                <td>
                  <Form action={`/organisation/advisors/${a.userId}/remove`} csrf={csrf}>
                    <button type="submit" class="danger">
                      {t("org.advisors.remove", { name: a.name })}
                    </button>
                  </Form>
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      <section class="narrow" aria-labelledby="invite-title">
        <h2 id="invite-title">{t("org.advisors.invite")}</h2>
        <ErrorSummary title={t("form.errorSummary")} errors={errors} />
        <Form action="/organisation/advisors" csrf={csrf}>
          <PersonFields t={t} values={values} errors={errors} />
          <button type="submit">{t("org.staff.invite.send")}</button>
        </Form>
      </section>
    </>
  );
}
