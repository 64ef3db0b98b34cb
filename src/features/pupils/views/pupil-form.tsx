/** The form to add or change a pupil. */
import { Field, formFields, Select } from "../../../web/components/forms.js";
import { EditPage } from "./form-page.js";
import { groupOptions, type FormState, type GroupChoice, type ViewProps } from "./common.js";

interface PupilFormProps extends ViewProps, FormState {
  title: string;
  action: string;
  cancel: string;
  groups: GroupChoice[];
}

export function PupilFormPage({ t, csrf, title, action, cancel, groups, values = {}, errors = {} }: PupilFormProps) {
  const optional = (label: string) => `${label} ${t("form.optional")}`;
  const field = formFields(values, errors);
  return (
    <EditPage t={t} csrf={csrf} title={title} action={action} cancel={cancel} errors={errors}>
      <Field {...field("firstName")} label={t("pupils.field.firstName")} required />
      <Field
        {...field("surnamePrefix")}
        label={optional(t("pupils.field.surnamePrefix"))}
        hint={t("pupils.field.surnamePrefixHint")}
      />
      <Field {...field("surname")} label={t("pupils.field.surname")} required />
      <Field
        {...field("dateOfBirth")}
        type="date"
        label={optional(t("pupils.field.dateOfBirth"))}
        hint={t("pupils.field.dateOfBirthHint")}
      />
      <Field {...field("pupilNumber")} label={optional(t("pupils.field.pupilNumber"))} />
      <Select
        {...field("groupId")}
        label={t("pupils.field.group")}
        options={[{ value: "", label: t("pupils.list.noGroup") }, ...groupOptions(groups)]}
      />
    </EditPage>
  );
}
