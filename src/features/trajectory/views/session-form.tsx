/**
 * A session's page for leaders: plan it (line, topic, goals, day, invited groups) and, once held,
 * record attendance, notes, outcomes and follow-up; or skip it with a reason, which cancels its
 * evening until that has started and afterwards leaves it as it was. The same form adds a new session.
 */
import { Checkbox, ErrorSummary, Field, Form, formFields, Select, TextArea } from "../../../web/components/forms.js";
import type { FormErrors, FormValues } from "../../../web/validation.js";
import { sessionLines } from "../schemas.js";
import type { PageBase } from "./props.js";
import { BackLink } from "../../../web/components/back-link.js";
import { CheckboxGroup } from "../../../web/components/checkbox-group.js";
import { Section } from "../../../web/components/section.js";

export interface SessionFormState {
  values: FormValues;
  groups: string[];
  errors: FormErrors;
}

interface SessionPageProps extends PageBase {
  /** Null for a new session. */
  sessionId: string | null;
  choices: { id: string; name: string }[];
  form: SessionFormState;
  skip: { values: FormValues; errors: FormErrors };
  /** The session's evening has started or is over: skipping leaves it as it was instead of cancelling it. */
  eventStarted: boolean;
}

function RecordFields({ t, form }: SessionPageProps) {
  const { values, errors } = form;
  const field = formFields(values, errors);
  return (
    <fieldset class="field">
      <legend>{t("trajectory.session.record")}</legend>
      <Checkbox name="held" label={t("trajectory.session.held")} checked={values.held === "on"} />
      <Field
        {...field("attendance")}
        inputmode="numeric"
        label={`${t("trajectory.session.attendance")} ${t("form.optional")}`}
      />
      <TextArea {...field("notes")} label={t("trajectory.session.notes")} maxlength={4000} />
      <TextArea {...field("outcomes")} label={t("trajectory.session.outcomes")} maxlength={4000} />
      <TextArea
        {...field("followUp")}
        label={t("trajectory.session.followUp")}
        hint={t("trajectory.session.followUpHint")}
        maxlength={4000}
      />
    </fieldset>
  );
}

function SkipForm({ t, csrf, sessionId, skip, eventStarted }: SessionPageProps) {
  if (!sessionId) return null;
  return (
    <Section id="skip-title" title={t("trajectory.session.skip.title")}>
      {eventStarted ? (
        <p class="notice">{t("trajectory.session.skip.eventKept")}</p>
      ) : (
        <p class="hint">{t("trajectory.session.skip.cancelsEvent")}</p>
      )}
      <ErrorSummary t={t} errors={skip.errors} />
      <Form action={`/trajectory/sessions/${sessionId}/skip`} csrf={csrf}>
        <TextArea
          {...formFields(skip.values, skip.errors)("reason")}
          label={t("trajectory.skip.reason")}
          maxlength={500}
        />
        <button type="submit">{t("trajectory.session.skip.submit")}</button>
      </Form>
    </Section>
  );
}

export function SessionPage(props: SessionPageProps) {
  const { t, csrf, sessionId, form } = props;
  const { values, errors } = form;
  const title = sessionId ? t("trajectory.session.edit") : t("trajectory.session.new");
  const field = formFields(values, errors);
  return (
    <section class="narrow">
      <BackLink href="/trajectory" label={t("trajectory.back")} />
      <h1>{title}</h1>
      <ErrorSummary t={t} errors={errors} />
      <Form action={sessionId ? `/trajectory/sessions/${sessionId}` : "/trajectory/sessions"} csrf={csrf}>
        <Select
          {...field("line")}
          label={t("trajectory.session.line")}
          options={sessionLines.map((line) => ({ value: line, label: t(`trajectory.line.${line}`) }))}
        />
        <Field {...field("topic")} label={t("trajectory.session.topic")} required />
        <TextArea
          {...field("goals")}
          label={`${t("trajectory.session.goals")} ${t("form.optional")}`}
          maxlength={2000}
        />
        <Field {...field("heldOn")} type="date" label={`${t("trajectory.session.heldOn")} ${t("form.optional")}`} />
        <CheckboxGroup
          name="groups"
          legend={t("trajectory.session.groups")}
          hint={t("trajectory.session.groupsHint")}
          options={props.choices.map((g) => ({ value: g.id, label: g.name }))}
          checked={form.groups}
          error={form.errors.groups}
        />
        <RecordFields {...props} />
        <button type="submit">{t("form.save")}</button>
      </Form>
      {sessionId && values.line !== "school" ? (
        <p>
          <a href={`/trajectory/sessions/${sessionId}/event`}>{t("trajectory.event.link")}</a>
        </p>
      ) : null}
      <SkipForm {...props} />
    </section>
  );
}
