/** The form to add or change a pupil. */
import { ErrorSummary, Field, Form, Select } from "../../../web/components/forms.js";
import { groupOptions, type FormState, type GroupChoice, type ViewProps } from "./common.js";

interface PupilFormProps extends ViewProps, FormState {
  title: string;
  action: string;
  cancel: string;
  groups: GroupChoice[];
}

export function PupilFormPage({ t, csrf, title, action, cancel, groups, values = {}, errors = {} }: PupilFormProps) {
  const optional = (label: string) => `${label} ${t("form.optional")}`;
  return (
    <section class="narrow">
      <h1>{title}</h1>
      <ErrorSummary title={t("form.errorSummary")} errors={errors} />
      <Form action={action} csrf={csrf}>
        <Field
          name="firstName"
          label={t("pupils.field.firstName")}
          value={values.firstName}
          error={errors.firstName}
          required
        />
        <Field
          name="surnamePrefix"
          label={optional(t("pupils.field.surnamePrefix"))}
          hint={t("pupils.field.surnamePrefixHint")}
          value={values.surnamePrefix}
          error={errors.surnamePrefix}
        />
        <Field
          name="surname"
          label={t("pupils.field.surname")}
          value={values.surname}
          error={errors.surname}
          required
        />
        <Field
          name="dateOfBirth"
          type="date"
          label={optional(t("pupils.field.dateOfBirth"))}
          hint={t("pupils.field.dateOfBirthHint")}
          value={values.dateOfBirth}
          error={errors.dateOfBirth}
        />
        <Field
          name="pupilNumber"
          label={optional(t("pupils.field.pupilNumber"))}
          value={values.pupilNumber}
          error={errors.pupilNumber}
        />
        <Select
          name="groupId"
          label={t("pupils.field.group")}
          options={[{ value: "", label: t("pupils.list.noGroup") }, ...groupOptions(groups)]}
          value={values.groupId}
          error={errors.groupId}
        />
        <div class="actions">
          <button type="submit">{t("form.save")}</button>
          <a href={cancel}>{t("form.cancel")}</a>
        </div>
      </Form>
    </section>
  );
}
