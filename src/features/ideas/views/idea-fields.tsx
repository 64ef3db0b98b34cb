/** The fields of an idea, the same when posting and when editing. */
import { formFields, Select, TextArea } from "../../../web/components/forms.js";
import type { FormState } from "../../../web/validation.js";
import { domainIds, domainName } from "../../measurements/index.js";
import type { SigningGroup } from "../domain/signing.js";
import { MAX_TEXT } from "../schemas.js";
import type { BoardBase } from "./props.js";
import { SignAsChoice } from "./signature.js";

export type IdeaFormState = FormState;

export function IdeaFields(props: BoardBase & { form: IdeaFormState; groups: readonly SigningGroup[] }) {
  const { t, locale, form } = props;
  const field = formFields(form.values, form.errors);
  const domains = domainIds.map((id) => ({ value: id, label: domainName(id, locale) }));
  return (
    <>
      <TextArea
        {...field("body")}
        label={t("ideas.field.body")}
        hint={t("ideas.field.body.hint")}
        maxlength={MAX_TEXT}
        rows={4}
      />
      <Select {...field("domain")} label={t("ideas.field.domain")} options={domains} />
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
