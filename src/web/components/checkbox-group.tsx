import { FieldsetShell } from "./fieldset.js";
import { fieldId } from "./forms.js";

/** A group of checkboxes (languages, reasons, times, groups): a fieldset with its legend, hint and error. */
export function CheckboxGroup(props: {
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  checked: readonly string[];
  hint?: string | undefined;
  error?: string | undefined;
}) {
  const { name, error } = props;
  return (
    <FieldsetShell name={name} legend={props.legend} hint={props.hint} error={error}>
      {props.options.map((option, index) => {
        const id = index === 0 ? fieldId(name) : fieldId(`${name}-${index}`);
        return (
          <div class="checkbox">
            <input
              type="checkbox"
              id={id}
              name={name}
              value={option.value}
              checked={props.checked.includes(option.value)}
              aria-invalid={error ? "true" : undefined}
            />
            <label for={id}>{option.label}</label>
          </div>
        );
      })}
    </FieldsetShell>
  );
}
