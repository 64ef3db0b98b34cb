/** Name, type and registration code: the same fields when an admin creates an organisation and when a leader edits it. */
import { Field, formFields, Select } from "../../../web/components/forms.js";
import type { Translate } from "../../../web/i18n/index.js";
import type { FormErrors, FormValues } from "../../../web/validation.js";
import { organisationTypes } from "../registration-code.js";

export function OrganisationFields({ t, values, errors }: { t: Translate; values: FormValues; errors: FormErrors }) {
  const field = formFields(values, errors);
  return (
    <>
      <Field {...field("name")} label={t("org.field.name")} required autocomplete="organization" />
      <Select
        {...field("type")}
        label={t("org.field.type")}
        options={organisationTypes.map((type) => ({ value: type, label: t(`orgType.${type}`) }))}
      />
      <Field {...field("registrationCode")} label={t("org.field.code")} hint={t("org.field.code.hint")} required />
    </>
  );
}
