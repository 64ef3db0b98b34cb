/** Form pieces that keep every form accessible: labels, hints, errors tied to their fields. */
import { createContext, useContext, type Child } from "hono/jsx";
import { raw } from "hono/html";
import type { HtmlEscapedCallback } from "hono/utils/html";
import { newToken } from "../../auth/tokens.js";
import { FORM_TOKEN_FIELD } from "../once-per-form.js";
import type { FormErrors, FormValues } from "../validation.js";
import type { Translate } from "../i18n/index.js";

/**
 * The hidden fields every post form carries: the CSRF token, and a one-time token made now, by
 * which a create recognises this form sent twice (once-per-form.ts); other posts ignore it. A form
 * that creates nothing and is repeated per row (opening another organisation, 300 times on the
 * advisor's workspace) leaves it out with `once={false}`: 32 random bytes per row add up.
 */
export function CsrfField({ token, once = true }: { token: string; once?: boolean }) {
  return (
    <>
      <input type="hidden" name="_csrf" value={token} />
      {once ? <input type="hidden" name={FORM_TOKEN_FIELD} value={newToken()} /> : null}
    </>
  );
}

/**
 * Ties a form's fields to what was entered and what was wrong with it: `field("email")` gives a
 * field its name, the value entered (or the stored one, before anything was entered) and its error,
 * so each field names itself once and a re-rendered form can never show one field's error at another.
 */
export function formFields(values: FormValues = {}, errors: FormErrors = {}) {
  return (name: string, stored?: string | null) => ({
    name,
    value: values[name] ?? stored ?? undefined,
    error: errors[name],
  });
}

/**
 * What a form's field ids start with: `field-<name>` by default, `field-<ids>-<name>` inside a
 * `<Form ids>`. Two forms on one page that ask the same name (a request and an offer, a report and
 * a hide reason, a form per row) each get their own `ids`, so a label, hint or error summary link
 * always reaches its own form's field.
 */
const FieldIds = createContext("field");

/** The id of the field `name` in the form being rendered; its hint and error add `-hint` and `-error`. */
export function fieldId(name: string): string {
  return `${useContext(FieldIds)}-${name}`;
}

/**
 * The labels of the page's fields by field id, gathered as the fields render, so that an error
 * summary, which comes before the fields, can name the field of each error ("Titel: vul dit veld
 * in."). The page layout provides it around each page (`<FieldLabels>`); outside it (a piece
 * rendered alone) a summary lists the messages as they are.
 */
interface PageFields {
  t: Translate;
  labels: Map<string, string>;
}
const PageFieldsContext = createContext<PageFields | null>(null);

/** Gathers the labels of the fields rendered inside it for the error summaries among them. */
export function FieldLabels({ t, children }: { t: Translate; children: Child }) {
  return <PageFieldsContext.Provider value={{ t, labels: new Map() }}>{children}</PageFieldsContext.Provider>;
}

/**
 * Tells the page's error summaries the label (or legend) of the field `name` of the form being
 * rendered. `FieldShell`, `FieldsetShell` and `Checkbox` do so; a form's own hand-made control calls it.
 */
export function labelField(name: string, label: string): void {
  const labels = useContext(PageFieldsContext)?.labels;
  const id = fieldId(name);
  if (labels && !labels.has(id)) labels.set(id, label);
}

/** An error summary's entry: the field's label and its message, as one sentence where the label is a question. */
function summaryEntry(t: Translate, label: string | undefined, message: string): string {
  const name = label?.trim().replace(/\s*[:*]$/, "");
  if (!name) return message;
  if (/[?!]$/.test(name)) return t("form.errorSummary.entryAfterQuestion", { label: name, message });
  // "Vul dit veld in." reads on after the label as "vul dit veld in."; an abbreviation ("BSN …") stays.
  const rest = /^\p{Lu}\p{Ll}/u.test(message) ? message.charAt(0).toLowerCase() + message.slice(1) : message;
  return t("form.errorSummary.entry", { label: name, message: rest });
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

let summaries = 0;

export interface ShellProps {
  name: string;
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
}

/** The attributes that tie a control to its shell's hint and error. */
function describedAttributes({ name, hint, error }: ShellProps) {
  const id = fieldId(name);
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return {
    id,
    name,
    "aria-invalid": error ? "true" : undefined,
    "aria-describedby": describedBy || undefined,
  } as const;
}

/**
 * A control's label, hint and error, in that order, around the control: the frame of `Field`,
 * `TextArea` and `Select`, and of a control they do not make (a file input, an input with a list).
 */
export function FieldShell(props: ShellProps & { children: Child }) {
  const id = fieldId(props.name);
  labelField(props.name, props.label);
  return (
    <div class={props.error ? "field field-invalid" : "field"}>
      <label for={id}>{props.label}</label>
      <Hint id={id} hint={props.hint} />
      {props.error ? (
        <p class="field-error" id={`${id}-error`}>
          {props.error}
        </p>
      ) : null}
      {props.children}
    </div>
  );
}

interface FieldProps extends ShellProps {
  value?: string | undefined;
  type?: string;
  required?: boolean;
  autocomplete?: string;
  inputmode?: "email" | "numeric" | "text" | "tel";
}

export function Field(props: FieldProps) {
  return (
    <FieldShell {...props}>
      <input
        {...describedAttributes(props)}
        type={props.type ?? "text"}
        value={props.value ?? ""}
        required={props.required}
        autocomplete={props.autocomplete}
        inputmode={props.inputmode}
      />
    </FieldShell>
  );
}

/** One checkbox beside its label, sent as "on" when ticked, with an optional hint tied to it. */
export function Checkbox(props: { name: string; label: string; checked: boolean; hint?: string | undefined }) {
  const id = fieldId(props.name);
  labelField(props.name, props.label);
  return (
    <div class="checkbox">
      <input
        type="checkbox"
        id={id}
        name={props.name}
        value="on"
        checked={props.checked}
        aria-describedby={props.hint ? `${id}-hint` : undefined}
      />
      <label for={id}>{props.label}</label>
      <Hint id={id} hint={props.hint} />
    </div>
  );
}

/** A control's hint, which its aria-describedby names as `<id>-hint`. */
export function Hint({ id, hint }: { id: string; hint?: string | undefined }) {
  return hint ? (
    <p class="hint" id={`${id}-hint`}>
      {hint}
    </p>
  ) : null;
}

export function TextArea(props: ShellProps & { value?: string | undefined; maxlength: number; rows?: number }) {
  return (
    <FieldShell {...props}>
      <textarea {...describedAttributes(props)} rows={props.rows ?? 3} maxlength={props.maxlength}>
        {props.value ?? ""}
      </textarea>
    </FieldShell>
  );
}

/** `lang` for a label in another language than the page's (a language named in itself). */
type SelectOption = { value: string; label: string; lang?: string | undefined };

interface SelectProps extends ShellProps {
  options: SelectOption[];
  /** Choices under a heading after `options` (the teachers per child), as `<optgroup>`s: no script needed. */
  groups?: { label: string; options: SelectOption[]; when?: string }[];
  /**
   * The field whose value picks the group (`when`) that counts: with the script only that group is
   * offered (client/app.ts); without it all are, each under its heading.
   */
  follows?: string;
  value?: string | undefined;
}

export function Select(props: SelectProps) {
  const option = (o: SelectOption) => (
    <option value={o.value} selected={o.value === props.value} lang={o.lang}>
      {o.label}
    </option>
  );
  return (
    <FieldShell {...props}>
      <select {...describedAttributes(props)} data-follows={props.follows}>
        {props.options.map(option)}
        {props.groups?.map((g) => (
          <optgroup label={g.label} data-when={g.when}>
            {g.options.map(option)}
          </optgroup>
        ))}
      </select>
    </FieldShell>
  );
}

/**
 * Lists every error at the top of a form, each naming its field and linking to it (WCAG 3.3.1),
 * under the one heading every form shares, so a refused form reads the same on every page.
 * The fields render after the summary, so each entry is written once the page around it has
 * rendered and their labels are known (a callback of the render, as in `FieldLabels`).
 */
export function ErrorSummary({ t, errors }: { t: Translate; errors: Record<string, string | undefined> }) {
  const entries = Object.entries(errors).filter((e): e is [string, string] => Boolean(e[1]));
  if (!entries.length) return null;
  const page = useContext(PageFieldsContext);
  const mark = `summary-${++summaries}`;
  const links = entries.map(([name, message]) => ({ id: fieldId(name), message }));
  const nameFields: HtmlEscapedCallback = ({ buffer }) => {
    if (page && buffer)
      buffer[0] = buffer[0].replace(new RegExp(`<!--${mark}-(\\d+)-->`, "g"), (_, i: string) => {
        const link = links[Number(i)]!;
        return escapeHtml(summaryEntry(page.t, page.labels.get(link.id), link.message));
      });
    return undefined;
  };
  return (
    <div class="error-summary" role="alert" tabindex={-1}>
      <h2>{t("form.errorSummary")}</h2>
      <ul>
        {links.map((link, i) => (
          <li>
            <a href={`#${link.id}`}>{page ? raw(`<!--${mark}-${i}-->`) : link.message}</a>
          </li>
        ))}
      </ul>
      {page ? raw("", [nameFields]) : null}
    </div>
  );
}

export function Form({
  action,
  csrf,
  children,
  enctype,
  ids,
}: {
  action: string;
  csrf: string;
  children: Child;
  enctype?: "multipart/form-data";
  /** Where another form on the page asks a field of the same name: this form's fields are `field-<ids>-<name>`. */
  ids?: string | undefined;
}) {
  return (
    <form method="post" action={action} enctype={enctype} novalidate>
      <CsrfField token={csrf} />
      {ids ? <FieldIds.Provider value={`field-${ids}`}>{children}</FieldIds.Provider> : children}
    </form>
  );
}
