import type { Child } from "hono/jsx";
import { fieldId, Hint, labelField, type ShellProps } from "./forms.js";

/**
 * A group of controls (checkboxes, radio buttons) under its legend, with its hint and error tied to
 * the fieldset as `FieldShell` ties them to one control: the ids are `<fieldId(name)>-hint` and
 * `<fieldId(name)>-error`, and the first control carries `fieldId(name)`, which the error summary links to.
 */
export function FieldsetShell(
  props: Omit<ShellProps, "label"> & {
    legend: string;
    /** The fieldset's own id, where the error summary links to the whole group rather than its first control. */
    id?: string | undefined;
    children: Child;
  },
) {
  const { hint, error } = props;
  const id = fieldId(props.name);
  labelField(props.name, props.legend);
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <fieldset id={props.id} class={error ? "field field-invalid" : "field"} aria-describedby={describedBy || undefined}>
      <legend>{props.legend}</legend>
      <Hint id={id} hint={hint} />
      {error ? (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      {props.children}
    </fieldset>
  );
}
