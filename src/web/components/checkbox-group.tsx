/** A group of checkboxes (languages, reasons, times, groups): a fieldset with its legend and error. */
export function CheckboxGroup(props: {
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  checked: readonly string[];
  error?: string | undefined;
}) {
  const { name, error } = props;
  return (
    <fieldset
      class={error ? "field field-invalid" : "field"}
      aria-describedby={error ? `field-${name}-error` : undefined}
    >
      <legend>{props.legend}</legend>
      {error ? (
        <p class="field-error" id={`field-${name}-error`}>
          {error}
        </p>
      ) : null}
      {props.options.map((option, index) => {
        const id = index === 0 ? `field-${name}` : `field-${name}-${index}`;
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
    </fieldset>
  );
}
