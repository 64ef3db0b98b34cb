/**
 * For whom: the whole organisation or chosen groups, as two radio buttons and the groups'
 * checkboxes (the shared CheckboxGroup, posted as `groups`). The calendar's items and the
 * school's events ask it the same way.
 */
import type { FormErrors, FormValues } from "../validation.js";
import { CheckboxGroup } from "./checkbox-group.js";
import { fieldId } from "./forms.js";

/** A form that asks for whom: the values entered, the groups ticked (the values keep one value per name), the errors. */
export interface AudienceFormState {
  values: FormValues;
  groups: string[];
  errors: FormErrors;
}

export interface AudienceFieldsProps {
  legend: string;
  allLabel: string;
  groupsLabel: string;
  groupsLegend: string;
  groups: readonly { id: string; name: string }[];
  /** The form: its `audience` value is "groups", or anything else for the whole organisation. */
  form: AudienceFormState;
}

export function AudienceFields(props: AudienceFieldsProps) {
  const some = props.form.values.audience === "groups";
  const all = fieldId("audience");
  return (
    <>
      <fieldset class="field">
        <legend>{props.legend}</legend>
        <div class="checkbox">
          <input type="radio" id={all} name="audience" value="all" checked={!some} />
          <label for={all}>{props.allLabel}</label>
        </div>
        <div class="checkbox">
          <input type="radio" id={`${all}-groups`} name="audience" value="groups" checked={some} />
          <label for={`${all}-groups`}>{props.groupsLabel}</label>
        </div>
      </fieldset>
      <CheckboxGroup
        name="groups"
        legend={props.groupsLegend}
        options={props.groups.map((g) => ({ value: g.id, label: g.name }))}
        checked={props.form.groups}
        error={props.form.errors.groups}
      />
    </>
  );
}
