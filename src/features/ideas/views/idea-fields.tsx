/** The fields of an idea, the same when posting and when editing. */
import { Select, TextArea } from "../../../web/components/forms.js";
import type { FormErrors, FormValues } from "../../../web/validation.js";
import { domainIds, domainName } from "../../measurements/index.js";
import type { SigningGroup } from "../domain/signing.js";
import { MAX_TEXT } from "../schemas.js";
import type { BoardBase } from "./props.js";
import { SignAsChoice } from "./signature.js";

export interface IdeaFormState {
  values: FormValues;
  errors: FormErrors;
}

export function IdeaFields(props: BoardBase & { form: IdeaFormState; groups: readonly SigningGroup[] }) {
  const { t, locale, form } = props;
  const domains = domainIds.map((id) => ({ value: id, label: domainName(id, locale) }));
  return (
    <>
      <TextArea
        name="body"
        label={t("ideas.field.body")}
        hint={t("ideas.field.body.hint")}
        value={form.values.body}
        error={form.errors.body}
        maxlength={MAX_TEXT}
        rows={4}
      />
      <Select
        name="domain"
        label={t("ideas.field.domain")}
        options={domains}
        value={form.values.domain}
        error={form.errors.domain}
      />
      <SignAsChoice
        t={t}
        idPrefix=""
        viewerName={props.viewerName}
        groups={props.groups}
        value={form.values.signAs}
        error={form.errors.signAs}
      />
    </>
  );
}
