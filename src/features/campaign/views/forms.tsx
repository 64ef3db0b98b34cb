/** The visitor's forms: endorsing, confirming, withdrawing, sending a story or tip. */
import type { Child } from "hono/jsx";
import { ErrorSummary, Field, FieldShell, Form, formFields, Select, TextArea } from "../../../web/components/forms.js";
import { FieldsetShell } from "../../../web/components/fieldset.js";
import type { Translate } from "../../../web/i18n/index.js";
import type { FormErrors, FormValues } from "../../../web/validation.js";
import { endorserRoles, storyKinds, storyThemes } from "../domain/choices.js";
import { municipalities } from "../domain/municipalities.js";
import { ButtonForm } from "../../../web/components/button-form.js";
import { BackLink } from "../../../web/components/back-link.js";

function Back({ t }: { t: Translate }) {
  return <BackLink href="/campagne" label={t("campaign.back")} />;
}

/** A group of radio buttons with its legend and error. */
function Radios(props: {
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  value: string | undefined;
  error: string | undefined;
}) {
  return (
    <FieldsetShell id={`field-${props.name}`} name={props.name} legend={props.legend} error={props.error}>
      {props.options.map((option) => (
        <label class="choice">
          <input type="radio" name={props.name} value={option.value} checked={option.value === props.value} />{" "}
          {option.label}
        </label>
      ))}
    </FieldsetShell>
  );
}

/** The honeypot: invisible, unreachable by keyboard and hidden from screen readers; people leave it empty. */
function Trap({ t }: { t: Translate }) {
  return (
    <div class="visually-hidden" aria-hidden="true">
      <label for="field-website">{t("campaign.endorse.trap")}</label>
      <input id="field-website" name="website" type="text" tabindex={-1} autocomplete="off" value="" />
    </div>
  );
}

/**
 * The campaign's two public forms, endorsing and telling a story: the way back, what the form is
 * for, the errors of the last try, and after the fields the trap and the button.
 */
function PublicForm(props: {
  t: Translate;
  csrf: string;
  errors: FormErrors;
  form: "endorse" | "story";
  action: string;
  children: Child;
}) {
  const { t, form } = props;
  return (
    <section class="narrow">
      <Back t={t} />
      <h1>{t(`campaign.${form}.title`)}</h1>
      <p>{t(`campaign.${form}.intro`)}</p>
      <ErrorSummary t={t} errors={props.errors} />
      <Form action={props.action} csrf={props.csrf}>
        {props.children}
        <Trap t={t} />
        <button type="submit">{t(`campaign.${form}.submit`)}</button>
      </Form>
    </section>
  );
}

/** The visitor's e-mail address, asked by both public forms; the hint says what it is used for. */
function EmailField({ t, field, hint }: { t: Translate; field: ReturnType<typeof formFields>; hint: string }) {
  return (
    <Field
      {...field("email")}
      type="email"
      label={t("campaign.endorse.email")}
      hint={hint}
      required
      autocomplete="email"
      inputmode="email"
    />
  );
}

export function EndorsePage(props: { t: Translate; csrf: string; values: FormValues; errors: FormErrors }) {
  const { t, values, errors } = props;
  const field = formFields(values, errors);
  const municipality = field("municipality");
  return (
    <PublicForm t={t} csrf={props.csrf} errors={errors} form="endorse" action="/campagne/onderschrijven">
      <Radios
        name="role"
        legend={t("campaign.endorse.role")}
        options={endorserRoles.map((role) => ({ value: role, label: t(`campaign.role.${role}`) }))}
        value={values.role}
        error={errors.role}
      />
      <Field {...field("name")} label={t("campaign.endorse.name")} required autocomplete="name" />
      <Field {...field("organisation")} label={t("campaign.endorse.organisation")} autocomplete="organization" />
      <FieldShell
        name="municipality"
        error={municipality.error}
        label={t("campaign.endorse.municipality")}
        hint={t("campaign.endorse.municipalityHint")}
      >
        <input
          id="field-municipality"
          name="municipality"
          type="text"
          list="municipalities"
          value={municipality.value ?? ""}
          required
          autocomplete="off"
          aria-invalid={municipality.error ? "true" : undefined}
          aria-describedby={`field-municipality-hint${municipality.error ? " field-municipality-error" : ""}`}
        />
        <datalist id="municipalities">
          {municipalities.map((name) => (
            <option value={name} />
          ))}
        </datalist>
      </FieldShell>
      <EmailField t={t} field={field} hint={t("campaign.endorse.emailHint")} />
      <Radios
        name="public"
        legend={t("campaign.endorse.public")}
        options={[
          { value: "yes", label: t("campaign.endorse.publicYes") },
          { value: "no", label: t("campaign.endorse.publicNo") },
        ]}
        value={values.public}
        error={errors.public}
      />
    </PublicForm>
  );
}

/** A short page with a message and the way back: after sending, or a link that no longer works. */
export function MessagePage({
  t,
  title,
  message,
  children,
}: {
  t: Translate;
  title: string;
  message: string;
  children?: Child;
}) {
  return (
    <section class="narrow">
      <h1>{title}</h1>
      <p role="status">{message}</p>
      {children}
      <Back t={t} />
    </section>
  );
}

/** The page a mailed link opens: one button, so a mail scanner following the link changes nothing. */
export function ButtonPage(props: {
  t: Translate;
  csrf: string;
  title: string;
  ask: string;
  action: string;
  submit: string;
}) {
  return (
    <section class="narrow">
      <h1>{props.title}</h1>
      <p>{props.ask}</p>
      <ButtonForm action={props.action} csrf={props.csrf} label={props.submit} />
      <Back t={props.t} />
    </section>
  );
}

export function StoryFormPage(props: { t: Translate; csrf: string; values: FormValues; errors: FormErrors }) {
  const { t, values, errors } = props;
  const field = formFields(values, errors);
  return (
    <PublicForm t={t} csrf={props.csrf} errors={errors} form="story" action="/campagne/verhalen/nieuw">
      <Radios
        name="kind"
        legend={t("campaign.story.kind")}
        options={storyKinds.map((kind) => ({ value: kind, label: t(`campaign.kind.${kind}`) }))}
        value={values.kind ?? "story"}
        error={errors.kind}
      />
      <Select
        {...field("theme")}
        label={t("campaign.story.theme")}
        options={storyThemes.map((theme) => ({ value: theme, label: t(`campaign.theme.${theme}`) }))}
      />
      <Field {...field("title")} label={t("campaign.story.heading")} required />
      <TextArea {...field("body")} label={t("campaign.story.body")} maxlength={5000} rows={10} />
      <Field
        {...field("signedAs")}
        label={t("campaign.story.signedAs")}
        hint={t("campaign.story.signedAsHint")}
        required
      />
      <EmailField t={t} field={field} hint={t("campaign.story.emailHint")} />
    </PublicForm>
  );
}
