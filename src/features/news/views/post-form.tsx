/**
 * Writing or editing a post: title, text (Markdown), for whom (a teacher only their own groups),
 * when (now, at a set time, or a draft), pinned, reactions, and photos and PDFs. A plain multipart
 * form: it works without JavaScript. Editing keeps the time of a post already sent out.
 */
import { attachmentPath, type AttachmentInfo } from "../../../attachments/index.js";
import {
  Checkbox,
  ErrorSummary,
  Field,
  FieldShell,
  Form,
  formFields,
  labelField,
  TextArea,
} from "../../../web/components/forms.js";
import { FieldsetShell } from "../../../web/components/fieldset.js";
import type { Translate } from "../../../web/i18n/index.js";
import type { FormErrors, FormValues } from "../../../web/validation.js";
import { audiences, MAX_BODY, publishModes } from "../schemas.js";
import type { NewsBase } from "./props.js";

export interface PostFormProps extends NewsBase {
  action: string;
  heading: string;
  /** The groups this writer may post to. */
  groups: { id: string; name: string }[];
  /** A manager may post to the whole school and to staff; a teacher only to groups. */
  manager: boolean;
  values: FormValues;
  /** Chosen groups (several values of one field). */
  groupIds: readonly string[];
  errors: FormErrors;
  attachments: AttachmentInfo[];
  /** An edited post already published: its time stays. */
  published: boolean;
}

function Choices(props: {
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  value: string | undefined;
  error?: string | undefined;
}) {
  return (
    <FieldsetShell id={`field-${props.name}`} name={props.name} legend={props.legend} error={props.error}>
      {props.options.map((option) => (
        <div class="checkbox">
          <input
            type="radio"
            id={`field-${props.name}-${option.value}`}
            name={props.name}
            value={option.value}
            checked={props.value === option.value}
          />
          <label for={`field-${props.name}-${option.value}`}>{option.label}</label>
        </div>
      ))}
    </FieldsetShell>
  );
}

/** A post's title and text, as written first and as translated. */
export function TitleAndBody({ t, field }: { t: Translate; field: ReturnType<typeof formFields> }) {
  return (
    <>
      <Field {...field("title")} label={t("news.form.title")} required />
      <TextArea
        {...field("body")}
        label={t("news.form.body")}
        hint={t("news.form.bodyHint")}
        maxlength={MAX_BODY}
        rows={12}
      />
    </>
  );
}

export function PostFormPage(props: PostFormProps) {
  const { t, values, errors } = props;
  const field = formFields(values, errors);
  const allowed = props.manager ? audiences : (["groups"] as const);
  labelField("groupIds", t("news.form.groups"));
  return (
    <section class="narrow">
      <h1>{props.heading}</h1>
      <ErrorSummary t={t} errors={errors} />
      <Form action={props.action} csrf={props.csrf} enctype="multipart/form-data">
        <TitleAndBody t={t} field={field} />
        <Choices
          name="audience"
          legend={t("news.form.audience")}
          value={values.audience ?? allowed[0]}
          error={errors.audience}
          options={allowed.map((a) => ({ value: a, label: t(`news.audience.${a}`) }))}
        />
        <fieldset class={errors.groupIds ? "field field-invalid" : "field"}>
          <legend id="field-groupIds">{t("news.form.groups")}</legend>
          <p class="hint">{t("news.form.groupsHint")}</p>
          {errors.groupIds ? <p class="field-error">{errors.groupIds}</p> : null}
          {props.groups.length === 0 ? <p>{t("news.form.noGroups")}</p> : null}
          {props.groups.map((g) => (
            <div class="checkbox">
              <input
                type="checkbox"
                id={`field-groupIds-${g.id}`}
                name="groupIds"
                value={g.id}
                checked={props.groupIds.includes(g.id)}
              />
              <label for={`field-groupIds-${g.id}`}>{g.name}</label>
            </div>
          ))}
        </fieldset>
        {props.published ? (
          <p class="hint">{t("news.form.publishedKeeps")}</p>
        ) : (
          <>
            <Choices
              name="publish"
              legend={t("news.form.publish")}
              value={values.publish ?? "now"}
              error={errors.publish}
              options={publishModes.map((mode) => ({ value: mode, label: t(`news.form.publish.${mode}`) }))}
            />
            <Field {...field("date")} type="date" label={t("news.form.date")} hint={t("news.form.dateHint")} />
            <Field {...field("time")} type="time" label={t("news.form.time")} hint={t("news.form.timeHint")} />
          </>
        )}
        {props.published ? <input type="hidden" name="publish" value="now" /> : null}
        <Checkbox name="pinned" label={t("news.form.pinned")} checked={values.pinned === "on"} />
        <Checkbox name="reactionsOpen" label={t("news.form.reactionsOpen")} checked={values.reactionsOpen === "on"} />
        {props.attachments.length ? (
          <fieldset class="field">
            <legend>{t("news.form.remove")}</legend>
            {props.attachments.map((a) => (
              <div class="checkbox">
                <input type="checkbox" id={`field-remove-${a.id}`} name="remove" value={a.id} />
                <label for={`field-remove-${a.id}`}>
                  <a href={attachmentPath(a.id)}>{a.fileName}</a>
                </label>
              </div>
            ))}
          </fieldset>
        ) : null}
        <FieldShell name="files" label={t("news.form.files")} hint={t("news.form.filesHint")} error={errors.files}>
          <input
            type="file"
            id="field-files"
            name="files"
            multiple
            accept="image/jpeg,image/png,image/webp,image/gif,application/pdf"
            aria-describedby={errors.files ? "field-files-hint field-files-error" : "field-files-hint"}
          />
        </FieldShell>
        <button type="submit">{t("news.form.submit")}</button>
      </Form>
    </section>
  );
}
