/** Form pieces that keep every form accessible: labels, hints, errors tied to their fields. */
import type { Child } from "hono/jsx";

export function CsrfField({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}

interface FieldProps {
  name: string;
  label: string;
  value?: string | undefined;
  error?: string | undefined;
  hint?: string | undefined;
  type?: string;
  required?: boolean;
  autocomplete?: string;
  inputmode?: "email" | "numeric" | "text" | "tel";
}

export function Field(props: FieldProps) {
  const id = `field-${props.name}`;
  const describedBy = [props.hint ? `${id}-hint` : null, props.error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div class={props.error ? "field field-invalid" : "field"}>
      <label for={id}>{props.label}</label>
      {props.hint ? (
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p class="field-error" id={`${id}-error`}>
          {props.error}
        </p>
      ) : null}
      <input
        id={id}
        name={props.name}
        type={props.type ?? "text"}
        value={props.value ?? ""}
        required={props.required}
        autocomplete={props.autocomplete}
        inputmode={props.inputmode}
        aria-invalid={props.error ? "true" : undefined}
        aria-describedby={describedBy || undefined}
      />
    </div>
  );
}

interface SelectProps {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  value?: string | undefined;
  error?: string | undefined;
}

export function Select(props: SelectProps) {
  const id = `field-${props.name}`;
  return (
    <div class={props.error ? "field field-invalid" : "field"}>
      <label for={id}>{props.label}</label>
      {props.error ? (
        <p class="field-error" id={`${id}-error`}>
          {props.error}
        </p>
      ) : null}
      <select
        id={id}
        name={props.name}
        aria-invalid={props.error ? "true" : undefined}
        aria-describedby={props.error ? `${id}-error` : undefined}
      >
        {props.options.map((o) => (
          <option value={o.value} selected={o.value === props.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Lists every error at the top of a form, each linking to its field (WCAG 3.3.1). */
export function ErrorSummary({ title, errors }: { title: string; errors: Record<string, string | undefined> }) {
  const entries = Object.entries(errors).filter((e): e is [string, string] => Boolean(e[1]));
  if (!entries.length) return null;
  return (
    <div class="error-summary" role="alert" tabindex={-1}>
      <h2>{title}</h2>
      <ul>
        {entries.map(([name, message]) => (
          <li>
            <a href={`#field-${name}`}>{message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function Form({
  action,
  csrf,
  children,
  enctype,
}: {
  action: string;
  csrf: string;
  children: Child;
  enctype?: "multipart/form-data";
}) {
  return (
    <form method="post" action={action} enctype={enctype} novalidate>
      <CsrfField token={csrf} />
      {children}
    </form>
  );
}
