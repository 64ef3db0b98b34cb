/** The form for a new measurement: name, kind, dates, who is asked, own items, and the anonymity threshold. */
import { ErrorSummary, Field, Form, formFields, Select } from "../../../web/components/forms.js";
import { FieldsetShell } from "../../../web/components/fieldset.js";
import type { Locale, Translate } from "../../../web/i18n/index.js";
import type { FormErrors } from "../../../web/validation.js";
import { measurementKinds } from "../service/schemas.js";
import type { RespondentGroup } from "../domain/instrument.js";
import { ExtrasFieldset } from "./new-extras.js";
import { BackLink } from "../../../web/components/back-link.js";

export interface NewFormState {
  values: Record<string, string>;
  /** Ticked group ids per audience, to show the form again after an error. */
  parents: string[];
  pupils: string[];
  young: string[];
  errors: FormErrors;
}

interface NewPageProps extends NewFormState {
  t: Translate;
  locale: Locale;
  csrf: string;
  groups: { id: string; name: string }[];
  /** The respondent groups this organisation may ask (no children at a preschool or daycare). */
  askable: readonly RespondentGroup[];
  defaultThreshold: number;
}

export function NewPage(props: NewPageProps) {
  const { t, values, errors } = props;
  const field = formFields(values, errors);
  return (
    <section class="narrow">
      <BackLink href="/organisation/measurements" label={t("measure.back")} />
      <h1>{t("measure.new.title")}</h1>
      <ErrorSummary t={t} errors={errors} />
      <Form action="/organisation/measurements" csrf={props.csrf}>
        <Field {...field("title")} label={t("measure.field.title")} hint={t("measure.field.title.hint")} required />
        <Select
          {...field("kind")}
          label={t("measure.field.kind")}
          options={measurementKinds.map((kind) => ({ value: kind, label: t(`measure.kind.${kind}`) }))}
        />
        <Field
          {...field("opensOn")}
          type="date"
          label={t("measure.field.opensOn")}
          hint={t("measure.field.dates.hint")}
          required
        />
        <Field {...field("closesOn")} type="date" label={t("measure.field.closesOn")} required />
        <AudiencesFieldset {...props} />
        <ExtrasFieldset t={t} locale={props.locale} values={values} errors={errors} askable={props.askable} />
        <Field
          {...field("threshold")}
          inputmode="numeric"
          label={`${t("measure.field.threshold")} ${t("form.optional")}`}
          hint={t("measure.field.threshold.hint", { n: props.defaultThreshold })}
        />
        <button type="submit">{t("measure.new.submit")}</button>
      </Form>
    </section>
  );
}

/** The team, and per group its parents and its pupils; the first box carries the id the error summary links to. */
function AudiencesFieldset({ t, values, errors, groups, askable, parents, pupils, young }: NewPageProps) {
  const error = errors.audiences;
  const box = (id: string, name: string, value: string, label: string, checked: boolean) => (
    <div class="checkbox">
      <input type="checkbox" id={id} name={name} value={value} checked={checked} />
      <label for={id}>{label}</label>
    </div>
  );
  const perGroup = (name: "parents" | "pupils" | "young", ticked: string[]) =>
    askable.includes(name) ? (
      <fieldset class="field">
        <legend>{t(`measure.field.${name}`)}</legend>
        {groups.length === 0 ? <p class="hint">{t("measure.new.noGroups")}</p> : null}
        {groups.map((g) => box(`field-${name}-${g.id}`, name, g.id, g.name, ticked.includes(g.id)))}
      </fieldset>
    ) : null;
  return (
    <FieldsetShell
      name="audiences"
      legend={t("measure.field.audiences")}
      hint={t("measure.field.audiences.hint")}
      error={error}
    >
      {box("field-audiences", "team", "on", t("measure.field.team"), values.team === "on")}
      {perGroup("parents", parents)}
      {perGroup("pupils", pupils)}
      {perGroup("young", young)}
    </FieldsetShell>
  );
}
