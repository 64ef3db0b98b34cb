/**
 * For whom: the whole organisation or chosen groups, as two radio buttons and the groups'
 * checkboxes (the shared CheckboxGroup, posted as `groups`). The calendar's items and the
 * school's events ask it the same way.
 */
import { CheckboxGroup } from "./checkbox-group.js";

export interface AudienceFieldsProps {
  legend: string;
  allLabel: string;
  groupsLabel: string;
  groupsLegend: string;
  /** The posted or stored choice: "groups", or anything else for the whole organisation. */
  audience: string | undefined;
  groups: readonly { id: string; name: string }[];
  checked: readonly string[];
  error?: string | undefined;
}

export function AudienceFields(props: AudienceFieldsProps) {
  const some = props.audience === "groups";
  return (
    <>
      <fieldset class="field">
        <legend>{props.legend}</legend>
        <div class="checkbox">
          <input type="radio" id="field-audience" name="audience" value="all" checked={!some} />
          <label for="field-audience">{props.allLabel}</label>
        </div>
        <div class="checkbox">
          <input type="radio" id="field-audience-groups" name="audience" value="groups" checked={some} />
          <label for="field-audience-groups">{props.groupsLabel}</label>
        </div>
      </fieldset>
      <CheckboxGroup
        name="groups"
        legend={props.groupsLegend}
        options={props.groups.map((g) => ({ value: g.id, label: g.name }))}
        checked={props.checked}
        error={props.error}
      />
    </>
  );
}
