/** The frame of this feature's forms: a pupil's or guardian's form page, and the buttons that end a form. */
import type { Child } from "hono/jsx";
import { ErrorSummary, Form } from "../../../web/components/forms.js";
import type { Translate } from "../../../web/i18n/index.js";
import type { FormErrors } from "../../../web/validation.js";

/** A form's submit button and, beside it, the way out without submitting. */
export function SubmitOrCancel(props: { t: Translate; label: string; cancel: string; danger?: boolean }) {
  return (
    <div class="actions">
      <button type="submit" class={props.danger ? "danger" : undefined}>
        {props.label}
      </button>
      <a href={props.cancel}>{props.t("form.cancel")}</a>
    </div>
  );
}

interface EditPageProps {
  t: Translate;
  csrf: string;
  title: string;
  action: string;
  cancel: string;
  errors: FormErrors;
  children: Child;
}

/** Adding or changing one pupil or guardian: the title, what was wrong, the fields, save or cancel. */
export function EditPage({ t, csrf, title, action, cancel, errors, children }: EditPageProps) {
  return (
    <section class="narrow">
      <h1>{title}</h1>
      <ErrorSummary t={t} errors={errors} />
      <Form action={action} csrf={csrf}>
        {children}
        <SubmitOrCancel t={t} label={t("form.save")} cancel={cancel} />
      </Form>
    </section>
  );
}
