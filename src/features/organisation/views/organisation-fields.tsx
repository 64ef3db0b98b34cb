/** Name, type and registration code: the same fields when an admin creates an organisation and when a leader edits it. */
import { Field, Select } from "../../../web/components/forms.js";
import type { Translate } from "../../../web/i18n/index.js";
import type { FormErrors, FormValues } from "../../../web/validation.js";
import { organisationTypes } from "../registration-code.js";

export function OrganisationFields({ t, values, errors }: { t: Translate; values: FormValues; errors: FormErrors }) {
  return (
    <>
      <Field
        name="name"
        label={t("org.field.name")}
        value={values.name}
        error={errors.name}
        required
        autocomplete="organization"
      />
      <Select
        name="type"
        label={t("org.field.type")}
        value={values.type}
        error={errors.type}
        options={organisationTypes.map((type) => ({ value: type, label: t(`orgType.${type}`) }))}
      />
      <Field
        name="registrationCode"
        label={t("org.field.code")}
        hint={t("org.field.code.hint")}
        value={values.registrationCode}
        error={errors.registrationCode}
        required
      />
    </>
  );
}
