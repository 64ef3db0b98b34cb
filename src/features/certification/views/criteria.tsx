/**
 * The platform administrator's page for the certification criteria: a minimum per domain, whether
 * a domain may decline, the sessions needed on each line and how long a certificate is valid;
 * with the earlier changes, who made them and when.
 */
import { formatTimestamp } from "../../../lib/time/format.js";
import { Checkbox, ErrorSummary, Field, Form } from "../../../web/components/forms.js";
import { domainIds, domainName } from "../../measurements/index.js";
import type { Criteria } from "../domain/criteria.js";
import { minimumField } from "../schemas.js";
import type { CriteriaChange } from "../service/criteria.js";
import { formatMean, type FormState, type PageBase } from "./props.js";
import { PageHead } from "../../../web/components/page-head.js";

/** The form's values for criteria as they are now. */
export function criteriaValues(locale: PageBase["locale"], criteria: Criteria): Record<string, string> {
  return {
    ...Object.fromEntries(domainIds.map((d) => [minimumField(d), formatMean(locale, criteria.domainMinimums[d])])),
    ...(criteria.noDecline ? { noDecline: "on" } : {}),
    minSchoolSessions: String(criteria.minSchoolSessions),
    minParentSessions: String(criteria.minParentSessions),
    validityYears: String(criteria.validityYears),
  };
}

export function CriteriaPage(props: PageBase & { form: FormState; history: CriteriaChange[] }) {
  const { t, locale, csrf, form, history } = props;
  const { values, errors } = form;
  const number = (name: string, label: string) => (
    <Field name={name} label={label} value={values[name]} error={errors[name]} inputmode="numeric" />
  );
  return (
    <section class="narrow">
      <PageHead
        back={{ href: "/certification", label: t("certification.title") }}
        title={t("certification.criteriaPage.title")}
      />
      <p class="lead">{t("certification.criteriaPage.intro")}</p>
      <ErrorSummary t={t} errors={errors} />
      <Form action="/certification/criteria" csrf={csrf}>
        <fieldset>
          <legend>{t("certification.criteriaPage.minimums")}</legend>
          {domainIds.map((d) => (
            <Field
              name={minimumField(d)}
              label={domainName(d, locale)}
              value={values[minimumField(d)]}
              error={errors[minimumField(d)]}
              inputmode="text"
            />
          ))}
        </fieldset>
        <Checkbox
          name="noDecline"
          label={t("certification.criteriaPage.noDecline")}
          checked={values.noDecline === "on"}
        />
        {number("minSchoolSessions", t("certification.criteriaPage.minSchoolSessions"))}
        {number("minParentSessions", t("certification.criteriaPage.minParentSessions"))}
        {number("validityYears", t("certification.criteriaPage.validityYears"))}
        <button type="submit">{t("certification.criteriaPage.submit")}</button>
      </Form>
      <h2>{t("certification.criteriaPage.history")}</h2>
      {history.length ? (
        <ul>
          {history.map((change) => (
            <li>
              {t("certification.criteriaPage.historyItem", {
                date: formatTimestamp(locale, change.setAt),
                who: change.setBy ?? t("certification.someone"),
              })}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("certification.criteriaPage.defaults")}</p>
      )}
    </section>
  );
}
